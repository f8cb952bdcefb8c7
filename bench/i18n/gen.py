# Builds two throwaway Leptos pages with the same interface strings in three languages: one
# with plain per-language tables (as src/words/text/), one with leptos_i18n 0.6. Measured once for
# docs/languages-and-accessibility.md; not part of the build or the tests.
#   python3 bench/i18n/gen.py OUT_DIR && (cd OUT_DIR/plain && cargo build --release --target wasm32-unknown-unknown)
#   (the same in OUT_DIR/withlib), then bench/i18n/size.sh OUT_DIR plain|withlib
import re, json, os, sys
os.makedirs(sys.argv[1], exist_ok=True)
os.chdir(sys.argv[1])
text_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'src', 'words', 'text')
src = ''.join(open(os.path.join(text_dir, f'{code}.rs')).read() for code in ('en', 'az', 'ru'))
def block(marker):
    start = src.index(marker); end = src.index("\n};\n", start)
    return src[start:end]
pat = re.compile(r'^    (\w+): ("(?:[^"\\]|\\.)*"),$', re.M)
langs = {}
for code, marker in (("en","pub const EN: Text = Text {"),("az","pub const AZ: Text = Text {"),("ru","pub const RU: Text = Text {")):
    langs[code] = {k: json.loads(re.sub(r'\\u\{([0-9a-fA-F]+)\}', lambda m: chr(int(m.group(1),16)), v)) for k, v in pat.findall(block(marker))}
keys = [k for k in langs["en"] if k in langs["az"] and k in langs["ru"] and k != "lang"]
print(len(keys), "keys")
common_toml = '''[dependencies]
leptos = { version = "0.8", features = ["csr"] }
wasm-bindgen = "=0.2.130"
[profile.release]
opt-level = "z"
lto = true
codegen-units = 1
panic = "abort"
'''
# plain tables
os.makedirs("plain/src", exist_ok=True)
open("plain/Cargo.toml","w").write('[package]\nname = "plain"\nversion = "0.1.0"\nedition = "2021"\n\n' + common_toml)
fields = "".join(f"    pub {k}: &'static str,\n" for k in keys)
tables = ""
for code in ("en","az","ru"):
    vals = "".join(f"    {k}: {json.dumps(langs[code][k], ensure_ascii=False)},\n" for k in keys)
    tables += f"pub const {code.upper()}: Text = Text {{\n{vals}}};\n"
view_items = "".join(f"<p>{{t.{k}}}</p>" for k in keys)
open("plain/src/main.rs","w").write(f'''use leptos::prelude::*;
pub struct Text {{
{fields}}}
{tables}
#[component]
fn App() -> impl IntoView {{
    let lang = RwSignal::new(0usize);
    move || {{
        let t: &'static Text = [&EN, &AZ, &RU][lang.get() % 3];
        view! {{ <button on:click=move |_| lang.update(|l| *l += 1)>"switch"</button> {view_items} }}
    }}
}}
fn main() {{ mount_to_body(App); }}
''')
# leptos_i18n
os.makedirs("withlib/src", exist_ok=True); os.makedirs("withlib/locales", exist_ok=True)
open("withlib/Cargo.toml","w").write('[package]\nname = "withlib"\nversion = "0.1.0"\nedition = "2021"\n\n[package.metadata.leptos-i18n]\ndefault = "en"\nlocales = ["en", "az", "ru"]\n\n' + common_toml.replace('[dependencies]\n', '[dependencies]\nleptos_i18n = { version = "0.6", default-features = false, features = ["csr", "json_files"] }\n'))
for code in ("en","az","ru"):
    # leptos_i18n interpolates {{ name }}; our {name} placeholders are plain text to it.
    json.dump({k: langs[code][k] for k in keys}, open(f"withlib/locales/{code}.json","w"), ensure_ascii=False, indent=1)
view_items = "".join(f"<p>{{t!(i18n, {k})}}</p>" for k in keys)
open("withlib/src/main.rs","w").write(f'''leptos_i18n::load_locales!();
use i18n::*;
use leptos::prelude::*;
#[component]
fn Inner() -> impl IntoView {{
    let i18n = use_i18n();
    let next = move |_| {{
        let l = match i18n.get_locale() {{ Locale::en => Locale::az, Locale::az => Locale::ru, Locale::ru => Locale::en }};
        i18n.set_locale(l);
    }};
    view! {{ <button on:click=next>"switch"</button> {view_items} }}
}}
#[component]
fn App() -> impl IntoView {{
    view! {{ <I18nContextProvider><Inner/></I18nContextProvider> }}
}}
fn main() {{ mount_to_body(App); }}
''')
