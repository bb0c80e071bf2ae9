//! The front door end to end: pack WasmR2R.Build into a local feed, restore the HelloConsole sample from it with
//! an isolated package cache, `dotnet publish` it, run what was published, publish again and see the compile
//! target skipped, recompile with unchanged outputs left untouched, exclude and replace references with the item
//! knobs, and publish without the property and see nothing of ours; a reused MSBuild node keeps none of our files
//! loaded; bad settings and a corrupt assembly fail with their codes.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use wasmr2r_e2e::{copy_sample, pack_into_feed};
use wasmr2r_test_support::run;

/// Runs a command that must fail; returns everything it printed.
fn run_failing(command: &mut Command, what: &str) -> String {
    let output = command.output().unwrap_or_else(|e| panic!("{what}: {e}"));
    let text = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(!output.status.success(), "{what} succeeded:\n{text}");
    text
}

/// Sets a file's modification time to now.
fn touch(path: &Path) {
    let file = std::fs::File::options().append(true).open(path).expect("open to touch");
    file.set_modified(std::time::SystemTime::now()).expect("touch");
}

/// The reference count in the compile task's "WasmR2R: compiling <app> with N reference(s)" line.
fn reference_count(log: &str) -> usize {
    let line = log.lines().find(|l| l.contains("WasmR2R: compiling")).expect("the compile task's first message");
    let count = line.split(" with ").nth(1).and_then(|rest| rest.split(' ').next());
    count.and_then(|n| n.parse().ok()).unwrap_or_else(|| panic!("no reference count in: {line}"))
}

/// Lets MSBuild keep its worker nodes alive after a build (this machine disables that in the environment).
fn node_reuse(command: &mut Command) -> &mut Command {
    command.env_remove("MSBUILDDISABLENODEREUSE").env("DOTNET_CLI_USE_MSBUILD_SERVER", "0")
}

/// The processes that have a file under `dir` mapped (Linux: /proc/<pid>/maps), with their command lines.
fn processes_mapping(dir: &Path) -> Vec<String> {
    let needle = dir.to_string_lossy().into_owned();
    let mut holders = Vec::new();
    for entry in std::fs::read_dir("/proc").expect("/proc").flatten() {
        let maps = std::fs::read_to_string(entry.path().join("maps")).unwrap_or_default();
        if maps.contains(&needle) {
            let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
            holders.push(String::from_utf8_lossy(&cmdline).replace('\0', " "));
        }
    }
    holders
}

/// `dotnet publish` of the copied sample with the isolated cache and the test's nuget.config.
fn publish(sample: &Path, packages: &Path, version: &str, extra: &[&str]) -> Output {
    run(
        Command::new("dotnet")
            .current_dir(sample)
            .env("NUGET_PACKAGES", packages)
            .args(["publish", "-c", "Release", "-nologo", "-nodeReuse:false", "-v:d"])
            .arg(format!("-p:WasmR2RVersion={version}"))
            .args(extra),
        "dotnet publish",
    )
}

#[test]
fn hello_console_publishes_runs_and_publishes_again_without_recompiling() {
    let work = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("e2e");
    let _ = std::fs::remove_dir_all(&work);
    let (feed, packages, sample) = (work.join("feed"), work.join("packages"), work.join("HelloConsole"));

    let version = "0.1.0-e2e";
    pack_into_feed(&feed, version);
    copy_sample("HelloConsole", &sample, &feed);

    let first = publish(&sample, &packages, version, &[]);
    let log = String::from_utf8_lossy(&first.stdout);
    assert!(log.contains("WR2R0010"), "the build reports its summary");
    assert!(log.contains(" steps (100%)"), "the task logs the compile's progress (at -v:d)");
    let published = sample.join("bin/Release/net10.0/publish");
    for file in ["HelloConsole.r2r.wasm", "wasmr2r.mjs", "HelloConsole.mjs"] {
        assert!(published.join(file).is_file(), "{file} is not in the publish folder");
    }
    // The classic program: greets the world and lists its arguments, as CoreCLR would print them.
    let run = Command::new("node").arg(published.join("HelloConsole.mjs")).args(["one", "two words"]).output();
    let run = run.expect("node");
    assert_eq!(run.status.code(), Some(0), "{}", String::from_utf8_lossy(&run.stderr));
    assert_eq!(String::from_utf8_lossy(&run.stdout), "Hello, World!\nargs[0] = one\nargs[1] = two words\n");

    let second = publish(&sample, &packages, version, &[]);
    let log = String::from_utf8_lossy(&second.stdout);
    assert!(
        log.contains("Skipping target \"_WasmR2RCompileCore\" because all output files are up-to-date"),
        "the second publish compiled again"
    );
    assert!(published.join("HelloConsole.r2r.wasm").is_file());

    // A newer app with the same code: the compile runs, but outputs whose bytes are unchanged are not rewritten,
    // so neither the intermediate image nor its published copy changes its timestamp.
    let intermediate = sample.join("obj/Release/net10.0/wasmr2r");
    let modified = |path: &Path| std::fs::metadata(path).and_then(|m| m.modified()).expect("timestamp");
    let before =
        (modified(&intermediate.join("HelloConsole.r2r.wasm")), modified(&published.join("HelloConsole.r2r.wasm")));
    std::thread::sleep(std::time::Duration::from_millis(1100));
    touch(&sample.join("obj/Release/net10.0/HelloConsole.dll"));
    let touched = publish(&sample, &packages, version, &["--no-build"]);
    let log = String::from_utf8_lossy(&touched.stdout);
    assert!(log.contains("HelloConsole.r2r.wasm unchanged") && log.contains("0 of 3 files written"), "{log}");
    let after =
        (modified(&intermediate.join("HelloConsole.r2r.wasm")), modified(&published.join("HelloConsole.r2r.wasm")));
    assert_eq!(before, after, "an unchanged image was rewritten");

    // A deleted output is compiled again even though no input changed.
    std::fs::remove_file(intermediate.join("HelloConsole.r2r.wasm")).expect("delete the image");
    let log = String::from_utf8_lossy(&publish(&sample, &packages, version, &[]).stdout).into_owned();
    assert!(log.contains("WR2R0010") && log.contains("1 of 3 files written"), "{log}");

    // A changed setting compiles again and changes the image.
    let passive = std::fs::read(published.join("HelloConsole.r2r.wasm")).expect("image");
    let log = String::from_utf8_lossy(&publish(&sample, &packages, version, &["-p:WasmR2RSelfInstalling=true"]).stdout)
        .into_owned();
    assert!(log.contains("WR2R0010"), "a changed setting did not compile again");
    assert_ne!(std::fs::read(published.join("HelloConsole.r2r.wasm")).expect("image"), passive);

    // The reference items: WasmR2RExclude drops a file name (and warns about one that names nothing), a
    // WasmR2RReference with a pack file's name replaces the pack's copy instead of adding a second one.
    let baseline = reference_count(&log);
    let replacement = work.join("replacement/System.Runtime.dll");
    let pack_runtime = std::fs::read_dir(packages.join("microsoft.netcore.app.runtime.mono.browser-wasm"))
        .expect("the runtime pack in the test's package folder")
        .flatten()
        .map(|version| version.path().join("runtimes/browser-wasm/lib/net10.0/System.Runtime.dll"))
        .find(|path| path.is_file())
        .expect("System.Runtime.dll in the runtime pack");
    std::fs::create_dir_all(replacement.parent().expect("a folder")).expect("replacement folder");
    std::fs::copy(&pack_runtime, &replacement).expect("copy System.Runtime.dll");
    let props = sample.join("Directory.Build.props");
    std::fs::write(
        &props,
        format!(
            "<Project><ItemGroup><WasmR2RExclude Include=\"System.Xml.dll;NotAReference.dll\" />\
             <WasmR2RReference Include=\"{}\" /></ItemGroup></Project>",
            replacement.display()
        ),
    )
    .expect("Directory.Build.props");
    let items = String::from_utf8_lossy(&publish(&sample, &packages, version, &[]).stdout).into_owned();
    std::fs::remove_file(&props).expect("remove Directory.Build.props");
    assert!(items.contains("WR2R0111") && items.contains("NotAReference.dll"), "{items}");
    assert!(items.contains(&format!("reference {} replaces", replacement.display())), "{items}");
    assert_eq!(reference_count(&items), baseline - 1, "System.Xml.dll excluded, System.Runtime.dll replaced");
    let status = Command::new("node").arg(published.join("HelloConsole.mjs")).status().expect("node");
    assert_eq!(status.code(), Some(0));

    // Node reuse: a publish in a reusable MSBuild worker node (the build forced out of the CLI's process) leaves
    // no process holding our task assembly or native library, because the tasks run in short-lived task hosts.
    touch(&sample.join("obj/Release/net10.0/HelloConsole.dll"));
    let reused = node_reuse(Command::new("dotnet").current_dir(&sample).env("NUGET_PACKAGES", &packages))
        .env("MSBUILDNOINPROCNODE", "1")
        .args(["publish", "-c", "Release", "-nologo", "-nodeReuse:true", "-v:n"])
        .arg(format!("-p:WasmR2RVersion={version}"))
        .output()
        .expect("dotnet publish with node reuse");
    let holders = processes_mapping(&packages.join("wasmr2r.build"));
    // Stop the reusable nodes before asserting, so a failure leaves none behind.
    let _ = node_reuse(&mut Command::new("dotnet")).args(["build-server", "shutdown", "--msbuild"]).output();
    assert!(reused.status.success(), "{}", String::from_utf8_lossy(&reused.stdout));
    assert!(String::from_utf8_lossy(&reused.stdout).contains("WR2R0010"), "the node-reuse publish did not compile");
    assert!(holders.is_empty(), "processes still hold WasmR2R.Build files after the build: {holders:?}");

    let without = publish(&sample, &packages, version, &["-p:PublishWasmR2R=false"]);
    assert!(!String::from_utf8_lossy(&without.stdout).contains("WR2R0010"));
    assert!(!published.join("HelloConsole.r2r.wasm").exists(), "our files stay published without the property");

    // Settings that make no sense: clear errors with their codes from the plan, before anything is compiled.
    let bad_setting = run_failing(
        Command::new("dotnet")
            .current_dir(&sample)
            .env("NUGET_PACKAGES", &packages)
            // Normal verbosity shows the compile task's "WasmR2R: compiling" line, had it run.
            .args(["publish", "-c", "Release", "-nologo", "-nodeReuse:false", "-v:n"])
            .arg(format!("-p:WasmR2RVersion={version}"))
            .arg("-p:WasmR2RExceptionHandling=fancy")
            .arg("-p:WasmR2RParallelism=many"),
        "publish with bad settings",
    );
    assert!(bad_setting.contains("WR2R0102") && bad_setting.contains("fancy"), "{bad_setting}");
    assert!(bad_setting.contains("WR2R0103") && bad_setting.contains("many"), "{bad_setting}");
    assert!(!bad_setting.contains("WasmR2R: compiling"), "the compiler ran despite bad settings");

    // An intermediate folder the plan cannot write to (a folder where its settings file goes): a clear error.
    let settings = intermediate.join("wasmr2r.settings.hash");
    let _ = std::fs::remove_file(&settings);
    std::fs::create_dir(&settings).expect("a folder in the settings file's place");
    let unwritable = run_failing(
        Command::new("dotnet")
            .current_dir(&sample)
            .env("NUGET_PACKAGES", &packages)
            .args(["publish", "-c", "Release", "-nologo", "-nodeReuse:false"])
            .arg(format!("-p:WasmR2RVersion={version}")),
        "publish with an unwritable settings file",
    );
    std::fs::remove_dir(&settings).expect("remove the folder");
    assert!(unwritable.contains("WR2R0112") && unwritable.contains("wasmr2r"), "{unwritable}");

    // A corrupt app assembly: an error that names it and the byte offset, no crash, no image left behind.
    let app = sample.join("obj/Release/net10.0/HelloConsole.dll");
    let mut bytes = std::fs::read(&app).expect("the built app");
    let root_signature = bytes.windows(4).position(|w| w == b"BSJB").expect("a metadata root");
    bytes[root_signature..root_signature + 4].copy_from_slice(b"XXXX");
    std::fs::write(&app, bytes).expect("corrupt the app");
    let image = sample.join("obj/Release/net10.0/wasmr2r/HelloConsole.r2r.wasm");
    let _ = std::fs::remove_file(&image);
    let corrupt = run_failing(
        Command::new("dotnet")
            .current_dir(&sample)
            .env("NUGET_PACKAGES", &packages)
            .args(["publish", "-c", "Release", "-nologo", "-nodeReuse:false", "--no-build"])
            .arg(format!("-p:WasmR2RVersion={version}")),
        "publish of a corrupt assembly",
    );
    assert!(corrupt.contains("WR2R0004") && corrupt.contains("byte offset"), "{corrupt}");
    assert!(!image.exists(), "a failed build left an image behind");
}
