//! `datatool`: checks a dataset and converts it to and from CSV and GeoJSON, with the same
//! model code as the dashboard. See docs/data-tool.md.
//!
//! Exit codes: 0 valid / done, 1 invalid, 2 unreadable or wrong usage.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::run()
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    use clap::{Parser, Subcommand};
    use karabakh_services_map::convert::{self, csv_table, features, text, ImportError};
    use karabakh_services_map::model::{
        decode_utf8, load, unparsed, write, Dataset, LoadError, Unparsed,
    };
    use serde_json::{Map, Value};

    /// Check and convert datasets of the services map.
    #[derive(Parser)]
    #[command(name = "datatool", version, about)]
    struct Cli {
        #[command(subcommand)]
        command: Command,
    }

    #[derive(Subcommand)]
    enum Command {
        /// Lists every problem in a dataset (.json, .csv or .geojson). Exit 0 valid, 1 invalid,
        /// 2 unreadable.
        Validate {
            file: PathBuf,
            /// For .csv and .geojson: a dataset JSON whose metadata and categories to use.
            #[arg(long)]
            metadata: Option<PathBuf>,
        },
        /// Converts a CSV table of records to a dataset JSON.
        ImportCsv {
            file: PathBuf,
            /// A dataset JSON whose metadata and categories to use (its records are ignored).
            #[arg(long)]
            metadata: Option<PathBuf>,
            /// Where to write; standard output when absent.
            #[arg(long, short)]
            out: Option<PathBuf>,
        },
        /// Converts a GeoJSON FeatureCollection to a dataset JSON.
        ImportGeojson {
            file: PathBuf,
            /// A dataset JSON whose metadata and categories to use (its records are ignored).
            #[arg(long)]
            metadata: Option<PathBuf>,
            /// Where to write; standard output when absent.
            #[arg(long, short)]
            out: Option<PathBuf>,
        },
        /// Writes a dataset's records as CSV.
        ExportCsv {
            file: PathBuf,
            #[arg(long, short)]
            out: Option<PathBuf>,
        },
        /// Writes a dataset as an RFC 7946 GeoJSON FeatureCollection.
        ExportGeojson {
            file: PathBuf,
            #[arg(long, short)]
            out: Option<PathBuf>,
        },
    }

    /// How a command ends.
    enum Failure {
        Invalid(Vec<String>),
        Unreadable(String),
    }

    fn bytes(path: &Path) -> Result<Vec<u8>, Failure> {
        std::fs::read(path).map_err(|e| Failure::Unreadable(format!("{}: {e}", path.display())))
    }

    /// A table or GeoJSON file's text: UTF-8 only, anything else refused with where it stops.
    fn read(path: &Path) -> Result<String, Failure> {
        text::decode(&path.display().to_string(), &bytes(path)?).map_err(Failure::Unreadable)
    }

    /// A dataset JSON read as the page reads it (src/app/io.rs), so both give a file the same
    /// answer: bytes that are not UTF-8 become U+FFFD (said here as a check, with where they
    /// are), an empty file or an HTML page is refused before parsing, then the model's reader.
    fn dataset(path: &Path) -> Result<Dataset, Failure> {
        let name = path.display().to_string();
        let bytes = bytes(path)?;
        if let Err(why) = text::decode("", &bytes) {
            eprintln!("{name}: check{why}");
        }
        let text = decode_utf8(bytes);
        match unparsed(&text) {
            Some(Unparsed::Empty) => {
                return Err(Failure::Unreadable(format!("{name}: the file is empty")))
            }
            Some(Unparsed::Html) => {
                return Err(Failure::Unreadable(format!(
                    "{name}: this is an HTML page, not a dataset's JSON"
                )))
            }
            None => {}
        }
        match load(&text) {
            Ok(loaded) if loaded.is_valid() => {
                // Kept, but worth a look (outside the extent, damaged text): said, not fatal.
                for flag in &loaded.flags {
                    eprintln!("{name}: check: {flag}");
                }
                Ok(loaded.dataset)
            }
            Ok(loaded) => Err(Failure::Invalid(
                loaded
                    .problems
                    .iter()
                    .map(|p| format!("{name}: {p}"))
                    .collect(),
            )),
            Err(LoadError::Invalid(problems)) => Err(Failure::Invalid(
                problems.iter().map(|p| format!("{name}: {p}")).collect(),
            )),
            Err(e) => Err(Failure::Unreadable(format!("{name}: {e}"))),
        }
    }

    fn metadata(path: Option<&Path>) -> Result<Option<Map<String, Value>>, Failure> {
        path.map(|p| dataset(p).map(|d| write::metadata(&d)))
            .transpose()
    }

    fn imported(result: Result<Dataset, ImportError>) -> Result<Dataset, Failure> {
        result.map_err(|e| match e {
            ImportError::Unreadable(m) => Failure::Unreadable(m),
            ImportError::Invalid(p) => Failure::Invalid(p.into_iter().map(|p| p.0).collect()),
        })
    }

    fn import(path: &Path, metadata_path: Option<&Path>) -> Result<Dataset, Failure> {
        let name = path.display().to_string();
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        let table = |import: fn(&str, &str, Option<&Map<String, Value>>) -> _| {
            let text = read(path)?;
            imported(import(&name, &text, metadata(metadata_path)?.as_ref()))
        };
        match extension.as_str() {
            "csv" | "tsv" | "txt" => table(csv_table::import),
            "geojson" => table(features::import),
            _ => dataset(path),
        }
    }

    /// Writes `text` to `out` (or standard output), never over one of `inputs`.
    fn emit(text: &str, out: Option<&Path>, inputs: &[&Path]) -> Result<(), Failure> {
        let Some(out) = out else {
            print!("{text}");
            return Ok(());
        };
        let same = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        };
        if let Some(input) = inputs.iter().find(|i| same(i, out)) {
            return Err(Failure::Unreadable(format!(
                "refusing to write over the input file {}: choose another --out",
                input.display()
            )));
        }
        std::fs::write(out, text)
            .map_err(|e| Failure::Unreadable(format!("{}: {e}", out.display())))
    }

    fn execute(command: Command) -> Result<String, Failure> {
        match command {
            Command::Validate { file, metadata } => {
                let d = import(&file, metadata.as_deref())?;
                Ok(format!(
                    "{}: valid: {} records ({} on the map), {} categories\n",
                    file.display(),
                    d.records.len(),
                    d.mapped_records().count(),
                    d.categories.len()
                ))
            }
            Command::ImportCsv {
                file,
                metadata,
                out,
            }
            | Command::ImportGeojson {
                file,
                metadata,
                out,
            } => {
                let d = import(&file, metadata.as_deref())?;
                let mut inputs = vec![file.as_path()];
                inputs.extend(metadata.as_deref());
                emit(&write::to_json(&d), out.as_deref(), &inputs)?;
                Ok(format!(
                    "{}: {} records converted\n",
                    file.display(),
                    d.records.len()
                ))
            }
            Command::ExportCsv { file, out } => {
                let d = dataset(&file)?;
                emit(&convert::Format::Csv.export(&d), out.as_deref(), &[&file])?;
                Ok(format!(
                    "{}: {} records exported\n",
                    file.display(),
                    d.records.len()
                ))
            }
            Command::ExportGeojson { file, out } => {
                let d = dataset(&file)?;
                emit(&features::export_text(&d), out.as_deref(), &[&file])?;
                Ok(format!(
                    "{}: {} records exported\n",
                    file.display(),
                    d.records.len()
                ))
            }
        }
    }

    /// Parses arguments, runs the command, reports on standard error.
    pub fn run() -> ExitCode {
        let cli = match Cli::try_parse() {
            Ok(cli) => cli,
            Err(e) => {
                let _ = e.print();
                return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
            }
        };
        match execute(cli.command) {
            Ok(report) => {
                eprint!("{report}");
                ExitCode::SUCCESS
            }
            Err(Failure::Invalid(problems)) => {
                for p in &problems {
                    eprintln!("{p}");
                }
                eprintln!("{} problem(s)", problems.len());
                ExitCode::from(1)
            }
            Err(Failure::Unreadable(message)) => {
                eprintln!("{message}");
                ExitCode::from(2)
            }
        }
    }
}
