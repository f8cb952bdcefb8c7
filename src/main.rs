//! Entry point of the web app: mounts it, nothing else.

#[cfg(target_arch = "wasm32")]
fn main() {
    karabakh_services_map::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This binary is the web app: build it with `trunk build` (see README.md).");
    std::process::exit(2);
}
