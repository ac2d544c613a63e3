//! Starting, driving and cleaning up one app session under `tauri-driver`.
//!
//! Shared by the end-to-end tests and the startup benchmark
//! (`src-tauri/benches/startup.rs` includes this file with `#[path]`).

#![allow(dead_code)] // Each includer uses a different subset.

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use fantoccini::{Client, ClientBuilder, Locator};

/// How long to wait for tauri-driver to answer on its status endpoint.
const DRIVER_START_TIMEOUT: Duration = Duration::from_secs(30);

/// The default wait for an element to appear.
pub const ELEMENT_TIMEOUT: Duration = Duration::from_secs(20);

/// How long setting up or unlocking the vault may take: the app calibrates Argon2id to
/// about a second, and a debug build on a busy machine is slower.
pub const VAULT_TIMEOUT: Duration = Duration::from_secs(90);

/// The passphrase the journeys set their vault up with.
pub const PASSPHRASE: &str = "paarse olifant op de fiets";

/// The app binary built by cargo for this test or bench target.
pub fn app_binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_meldwijzer"))
}

/// Where screenshots go: `tests/e2e/screenshots/` (gitignored), independent
/// of the cargo target directory so they are easy to find.
pub fn screenshot_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/e2e/screenshots")
}

/// A fresh directory that stands in for HOME, XDG dirs and TMPDIR; removed on drop.
pub struct IsolatedHome {
    pub path: PathBuf,
}

impl IsolatedHome {
    pub fn new(label: &str) -> Self {
        let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or_default();
        let path = std::env::temp_dir().join(format!("meldwijzer-e2e-{label}-{}-{nanos}", std::process::id()));
        for sub in ["config", "data", "cache", "tmp"] {
            std::fs::create_dir_all(path.join(sub)).expect("create the isolated home");
        }
        Self { path }
    }

    /// Points HOME, the XDG directories and TMPDIR of `command` into this directory.
    pub fn apply(&self, command: &mut Command) {
        command
            .env("HOME", &self.path)
            .env("XDG_CONFIG_HOME", self.path.join("config"))
            .env("XDG_DATA_HOME", self.path.join("data"))
            .env("XDG_CACHE_HOME", self.path.join("cache"))
            .env("TMPDIR", self.path.join("tmp"));
    }
}

impl Drop for IsolatedHome {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

/// A child process started in its own process group. On drop it is killed
/// together with everything it started, so nothing (WebKitWebDriver, the app,
/// the WebKit helper processes) survives a failing or panicking test.
///
/// The process group alone is not enough: WebKitWebDriver and the app it
/// launches leave the group, so the whole tree is collected from `/proc`
/// (before anything is killed, while the parent links still hold).
pub struct ProcessGroup {
    child: Child,
}

impl ProcessGroup {
    pub fn spawn(mut command: Command) -> std::io::Result<Self> {
        #[cfg(unix)]
        {
            use std::os::unix::process::CommandExt;
            command.process_group(0);
        }
        Ok(Self { child: command.spawn()? })
    }

    pub fn id(&self) -> u32 {
        self.child.id()
    }

    pub fn child(&mut self) -> &mut Child {
        &mut self.child
    }

    /// Kills the leader's whole process tree and group, and reaps the leader.
    pub fn kill(&mut self) {
        let root = self.child.id();
        if matches!(self.child.try_wait(), Ok(None)) {
            // Descendants first, repeatedly, while the leader still anchors the tree;
            // a process may start another while we look.
            for _ in 0..5 {
                let tree = descendants(root);
                if tree.is_empty() {
                    break;
                }
                signal_kill(&tree.iter().map(|pid| pid.to_string()).collect::<Vec<_>>());
                std::thread::sleep(Duration::from_millis(20));
            }
            // `kill -KILL -- -PGID` signals whatever is left in the group.
            signal_kill(&[format!("-{root}")]);
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for ProcessGroup {
    fn drop(&mut self) {
        self.kill();
    }
}

/// Sends SIGKILL to the given pids (or `-pgid`s) with `kill(1)`, ignoring errors.
pub fn signal_kill(targets: &[String]) {
    if targets.is_empty() {
        return;
    }
    let _ =
        Command::new("kill").arg("-KILL").arg("--").args(targets).stdout(Stdio::null()).stderr(Stdio::null()).status();
}

/// Living (non-zombie) descendants of `root`, read from `/proc/<pid>/stat`.
/// Empty where there is no `/proc`.
pub fn descendants(root: u32) -> Vec<u32> {
    let mut children: std::collections::HashMap<u32, Vec<u32>> = Default::default();
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    for entry in entries.flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        // Fields after the command name, which ends at the last ')': state, ppid, …
        let Some((_, rest)) = stat.rsplit_once(')') else {
            continue;
        };
        let mut fields = rest.split_whitespace();
        let state = fields.next();
        let ppid = fields.next().and_then(|p| p.parse::<u32>().ok());
        if let (Some(state), Some(ppid)) = (state, ppid) {
            if state != "Z" {
                children.entry(ppid).or_default().push(pid);
            }
        }
    }
    let mut found = Vec::new();
    let mut stack = vec![root];
    while let Some(pid) = stack.pop() {
        for &child in children.get(&pid).into_iter().flatten() {
            found.push(child);
            stack.push(child);
        }
    }
    found
}

/// A free TCP port on the loopback interface (free at the time of asking).
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|addr| addr.port())
        .expect("find a free port")
}

/// `tauri-driver` from PATH, or from `~/.cargo/bin` where `cargo install` puts it.
pub fn tauri_driver_path() -> PathBuf {
    if let Some(path) = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths).map(|dir| dir.join("tauri-driver")).find(|candidate| candidate.is_file())
    }) {
        return path;
    }
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".cargo")))
        .expect("HOME or CARGO_HOME is set");
    home.join("bin/tauri-driver")
}

/// The file the shell reads the "chosen" path from instead of showing the native file
/// dialog (`MELDWIJZER_E2E_PICK`, see `src-tauri/src/dialog.rs`); removed on drop.
pub struct PickFile(pub PathBuf);

impl PickFile {
    pub fn new() -> PickFile {
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos();
        let path = std::env::temp_dir().join(format!("meldwijzer-e2e-pick-{}-{nanos}.txt", std::process::id()));
        std::fs::write(&path, "").unwrap();
        PickFile(path)
    }

    pub fn choose(&self, path: &Path) {
        std::fs::write(&self.0, path.to_string_lossy().as_bytes()).unwrap();
    }

    pub fn cancel(&self) {
        std::fs::write(&self.0, "").unwrap();
    }
}

impl Drop for PickFile {
    fn drop(&mut self) {
        std::fs::remove_file(&self.0).ok();
    }
}

/// One running app, driven through WebDriver.
///
/// Field order matters for drop: the session closes before the driver's
/// process group is killed, and the isolated home is removed last.
pub struct Session {
    pub client: Client,
    pub name: String,
    driver: ProcessGroup,
    pub home: IsolatedHome,
}

impl Session {
    /// Starts tauri-driver and the app with an isolated home and opens a session.
    pub async fn start(name: &str) -> Self {
        Self::start_with(name, &[]).await
    }

    /// Like [`Session::start`], with extra environment for the app.
    pub async fn start_with(name: &str, env: &[(&str, &str)]) -> Self {
        assert!(
            std::env::var_os("DISPLAY").is_some(),
            "the end-to-end tests need an X display; run them with `xvfb-run -a` (see scripts/test.sh)"
        );
        let home = IsolatedHome::new(name);
        // Two tries: two free ports asked one after the other can be the same port, or be
        // taken by someone else before tauri-driver binds them; then start again on new ones.
        let mut tries = 0;
        let (port, driver) = loop {
            tries += 1;
            let port = free_port();
            let native_port = loop {
                let p = free_port();
                if p != port {
                    break p;
                }
            };
            let mut command = Command::new(tauri_driver_path());
            command
                .args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::inherit());
            // tauri-driver passes its own environment on to the app.
            home.apply(&mut command);
            for (key, value) in env {
                command.env(key, value);
            }
            let mut driver = ProcessGroup::spawn(command).unwrap_or_else(|e| {
                panic!("start tauri-driver (install it with `cargo install tauri-driver --locked`): {e}")
            });
            match wait_for_driver(port, &mut driver) {
                Ok(()) => break (port, driver),
                Err(why) if tries < 2 => {
                    eprintln!("{why}; starting tauri-driver again on other ports");
                    driver.kill();
                }
                Err(why) => panic!("{why}"),
            }
        };
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), "wry".into());
        caps.insert(
            "tauri:options".into(),
            serde_json::json!({
                "application": app_binary(),
                "args": [],
            }),
        );
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .expect("open a WebDriver session on the app");
        Self { client, name: name.to_string(), driver, home }
    }

    /// Like [`Session::start`], then sets up the vault through the set-up screen (first start
    /// in the isolated home) and waits for the case list.
    pub async fn start_unlocked(name: &str) -> Self {
        let session = Self::start(name).await;
        session.set_up_vault().await;
        session
    }

    /// Fills in the set-up screen with [`PASSPHRASE`] twice, without a recovery key, and
    /// waits for the case list.
    pub async fn set_up_vault(&self) {
        for id in ["setup-passphrase", "setup-passphrase-again"] {
            self.wait_for(&format!(r#"[data-testid="{id}"]"#), ELEMENT_TIMEOUT)
                .await
                .send_keys(PASSPHRASE)
                .await
                .unwrap_or_else(|e| panic!("type into {id}: {e}"));
        }
        self.wait_for(r#"[data-testid="setup-submit"]"#, ELEMENT_TIMEOUT)
            .await
            .click()
            .await
            .expect("click setup-submit");
        self.wait_for(r#"[data-testid="case-list"]"#, VAULT_TIMEOUT).await;
    }

    /// Waits up to `timeout` for an element matching `css`.
    pub async fn wait_for(&self, css: &str, timeout: Duration) -> fantoccini::elements::Element {
        match self.client.wait().at_most(timeout).for_element(Locator::Css(css)).await {
            Ok(element) => element,
            Err(error) => {
                self.screenshot(&format!("{}-missing-element", self.name)).await;
                panic!("`{css}` did not appear within {timeout:?}: {error}");
            }
        }
    }

    /// Saves a PNG of the webview to `tests/e2e/screenshots/<name>.png`.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        let dir = screenshot_dir();
        std::fs::create_dir_all(&dir).expect("create the screenshot directory");
        let path = dir.join(format!("{name}.png"));
        // Let WebKit paint what the DOM already shows: without this a screenshot taken right
        // after a re-render can show the previous frame.
        let _ = self
            .client
            .execute_async("const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)));", vec![])
            .await;
        match self.client.screenshot().await {
            Ok(png) => std::fs::write(&path, png).expect("write the screenshot"),
            Err(error) => eprintln!("screenshot {name} failed: {error}"),
        }
        path
    }

    /// Like [`Session::finish`], but hands back the isolated home instead of removing it,
    /// so a test can look at what the app left on disk (it is removed when dropped).
    pub async fn finish_keeping_home(mut self) -> IsolatedHome {
        let _ = tokio::time::timeout(Duration::from_secs(10), self.client.clone().close()).await;
        self.driver.kill();
        self.home
    }

    /// Ends the WebDriver session (which quits the app) and the driver.
    pub async fn finish(mut self) {
        let _ = tokio::time::timeout(Duration::from_secs(10), self.client.clone().close()).await;
        self.driver.kill();
    }
}

/// Polls tauri-driver's `/status` until it answers; says why not otherwise.
fn wait_for_driver(port: u16, driver: &mut ProcessGroup) -> Result<(), String> {
    let deadline = Instant::now() + DRIVER_START_TIMEOUT;
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    loop {
        if let Ok(Some(status)) = driver.child().try_wait() {
            return Err(format!("tauri-driver exited early with {status}"));
        }
        if status_ok(addr) {
            return Ok(());
        }
        if Instant::now() >= deadline {
            return Err(format!("tauri-driver did not answer on port {port} within {DRIVER_START_TIMEOUT:?}"));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// One plain HTTP/1.0 GET of `/status`; true on a 200 answer.
fn status_ok(addr: SocketAddr) -> bool {
    use std::io::{Read, Write};
    let Ok(mut stream) = TcpStream::connect_timeout(&addr, Duration::from_millis(200)) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
    if stream.write_all(b"GET /status HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").is_err() {
        return false;
    }
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    answer.starts_with("HTTP/1.1 200") || answer.starts_with("HTTP/1.0 200")
}

// ---------- Shared steps for the journeys ----------
// The UI redraws a view from each fresh CaseView (and autosave redraws quietly), so a node
// found a moment ago can be gone by the time it is clicked. These helpers look the element up
// again, a few times, instead of failing the journey on a stale node.

/// The CSS selector for a `data-testid`.
pub fn tid(id: &str) -> String {
    format!(r#"[data-testid="{id}"]"#)
}

/// How often a step is retried on a stale node.
const STALE_TRIES: usize = 4;

/// Clicks the element with this test id.
pub async fn click(s: &Session, id: &str) {
    let mut last = None;
    for _ in 0..STALE_TRIES {
        match s.wait_for(&tid(id), ELEMENT_TIMEOUT).await.click().await {
            Ok(()) => return,
            Err(e) => last = Some(e),
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    panic!("click {id}: {last:?}");
}

/// Scrolls the element with this test id to the middle of the view, then clicks it: at the
/// top of the view the sticky top bar would take a click WebDriver aims there.
pub async fn click_centered(s: &Session, id: &str) {
    let script = format!("const el = document.querySelector('[data-testid=\"{id}\"]'); if (el) el.scrollIntoView({{ block: 'center' }});");
    for _ in 0..STALE_TRIES {
        s.wait_for(&tid(id), ELEMENT_TIMEOUT).await;
        if s.client.execute(&script, vec![]).await.is_ok() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    click(s, id).await;
}

/// Types into the element with this test id (appends to what is there).
/// Replaces the text of the field with this test id, and checks it holds `text` afterwards:
/// a redraw between finding the field and typing (a stale node, or a fresh node without
/// the text) is retried.
pub async fn replace_text(s: &Session, id: &str, text: &str) {
    let mut last = String::new();
    for _ in 0..STALE_TRIES {
        let field = s.wait_for(&tid(id), ELEMENT_TIMEOUT).await;
        if field.clear().await.is_ok() && field.send_keys(text).await.is_ok() {
            tokio::time::sleep(Duration::from_millis(100)).await;
            let now =
                s.wait_for(&tid(id), ELEMENT_TIMEOUT).await.prop("value").await.ok().flatten().unwrap_or_default();
            if now == text {
                return;
            }
            last = now;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    panic!("replace the text of {id}: it holds {last:?}");
}

pub async fn type_into(s: &Session, id: &str, text: &str) {
    let mut last = None;
    for _ in 0..STALE_TRIES {
        match s.wait_for(&tid(id), ELEMENT_TIMEOUT).await.send_keys(text).await {
            Ok(()) => return,
            Err(e) => last = Some(e),
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    panic!("type into {id}: {last:?}");
}

/// The page's visible text.
pub async fn page_text(s: &Session) -> String {
    s.client
        .execute("return document.body.innerText;", vec![])
        .await
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Waits until the page's visible text contains `needle`.
pub async fn wait_text(s: &Session, needle: &str) {
    let deadline = Instant::now() + ELEMENT_TIMEOUT;
    loop {
        if page_text(s).await.contains(needle) {
            return;
        }
        if Instant::now() > deadline {
            s.screenshot(&format!("{}-missing-text", s.name)).await;
            panic!("`{needle}` did not appear on the page");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
