//! Starting, driving and cleaning up one app session under `tauri-driver`.
//!
//! Shared by the end-to-end tests and the startup benchmark
//! (`src-tauri/benches/startup.rs` includes this file with `#[path]`).

#![allow(dead_code)] // Each includer uses a different subset.

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use fantoccini::error::CmdError;
use fantoccini::{Client, ClientBuilder, Locator};

/// How long to wait for tauri-driver to answer on its status endpoint.
const DRIVER_START_TIMEOUT: Duration = Duration::from_secs(30);

/// The default wait for an element to appear.
pub const ELEMENT_TIMEOUT: Duration = Duration::from_secs(20);

/// The script behind [`Session::paint_pulse`]: the page paints a few times in the next two
/// seconds without changing a pixel.
const PAINT_PULSE_JS: &str = "const d = document.createElement('div'); d.setAttribute('aria-hidden', 'true'); \
            for (const [k, v] of [['position', 'fixed'], ['left', '0'], ['top', '0'], ['width', '1px'], ['height', '1px'], ['pointer-events', 'none'], ['z-index', '2147483647']]) d.style.setProperty(k, v); \
            document.body.appendChild(d); let n = 0; \
            const timer = setInterval(() => { d.style.setProperty('background-color', n++ % 2 ? 'rgba(0, 0, 0, 0)' : 'rgba(0, 0, 0, 0.001)'); if (n > 80) { clearInterval(timer); d.remove(); } }, 25); \
            return true;";

/// How long past a wait's deadline one WebDriver call may still take before the wait counts it
/// as hung (a call in flight at the deadline gets this long to answer).
const ANSWER_GRACE: Duration = Duration::from_secs(10);

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

/// Where this test run writes what it keeps: one folder per run (`tests/e2e/output/run-<time>-<pid>/`,
/// gitignored, or `$MELDWIJZER_E2E_OUT`), with one subfolder per session holding the driver's
/// log (tauri-driver, WebKitWebDriver, the app, and the page's console under automation) and,
/// when the session's test fails, what the page looked like.
pub fn run_dir() -> &'static Path {
    static DIR: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    DIR.get_or_init(|| match std::env::var_os("MELDWIJZER_E2E_OUT") {
        Some(dir) => PathBuf::from(dir),
        None => {
            let secs = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or_default();
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../tests/e2e/output")
                .join(format!("run-{secs}-{}", std::process::id()))
        }
    })
}

/// The accessibility bus the X display advertises (its root window's `AT_SPI_BUS`), if any.
/// GTK and WebKit read it when there is no `AT_SPI_BUS_ADDRESS`, so a value that one journey
/// leaves on the shared display reaches every later app and web process; `None` also when
/// `xprop` is missing.
pub fn display_a11y_bus() -> Option<String> {
    let out = Command::new("xprop").args(["-root", "AT_SPI_BUS"]).stderr(Stdio::null()).output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    text.split_once('=').map(|(_, value)| value.trim().to_string())
}

/// One process of a session's tree, read from `/proc`.
#[derive(Debug, Clone)]
pub struct Proc {
    pub pid: u32,
    /// The kernel's name for it (at most 15 bytes: `WebKitWebProces`).
    pub name: String,
    /// `R`, `S`, `D`, `Z`, …
    pub state: String,
}

/// The processes a session runs, and which of the ones that matter are alive.
#[derive(Debug, Clone)]
pub struct Liveness {
    pub procs: Vec<Proc>,
}

impl Liveness {
    fn alive(&self, prefix: &str) -> bool {
        self.procs.iter().any(|p| p.name.starts_with(prefix) && p.state != "Z")
    }
    /// The app (the UI process, which also serves WebDriver's automation session).
    pub fn app(&self) -> bool {
        self.alive("meldwijzer")
    }
    /// The window's web process, which runs the page.
    pub fn web(&self) -> bool {
        self.alive("WebKitWebProces")
    }
    pub fn driver(&self) -> bool {
        self.alive("WebKitWebDrive")
    }
    /// What is missing, in words; `None` when app, web process and driver all live.
    pub fn missing(&self) -> Option<String> {
        let gone: Vec<&str> = [
            (self.driver(), "WebKitWebDriver"),
            (self.app(), "the app (meldwijzer)"),
            (self.web(), "the web process (WebKitWebProcess)"),
        ]
        .into_iter()
        .filter(|(alive, _)| !alive)
        .map(|(_, name)| name)
        .collect();
        (!gone.is_empty()).then(|| format!("{} no longer running", gone.join(", ")))
    }
    fn table(&self) -> String {
        self.procs.iter().map(|p| format!("{:>7} {} {}\n", p.pid, p.state, p.name)).collect()
    }
}

/// How a failed WebDriver call bears on a wait.
enum Verdict {
    /// The element is not there yet, went stale in a redraw, or could not be read this time.
    NotYet(String),
    /// The session cannot answer any more: waiting longer cannot help.
    Dead(String),
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
    /// This session's folder under [`run_dir`].
    pub dir: PathBuf,
    /// tauri-driver's port and the WebDriver session id, to collect evidence without the
    /// async client when a test panics (see `Drop`).
    port: u16,
    session_id: String,
}

impl Session {
    /// Starts tauri-driver and the app with an isolated home and opens a session.
    pub async fn start(name: &str) -> Self {
        Self::start_with(name, &[]).await
    }

    /// Like [`Session::start`], with extra environment for the app.
    pub async fn start_with(name: &str, env: &[(&str, &str)]) -> Self {
        Self::start_in(name, env, IsolatedHome::new(name)).await
    }

    /// Like [`Session::start_with`], in a home the test prepared (a settings file, say).
    pub async fn start_in(name: &str, env: &[(&str, &str)], home: IsolatedHome) -> Self {
        assert!(
            std::env::var_os("DISPLAY").is_some(),
            "the end-to-end tests need an X display; run them with `xvfb-run -a` (see scripts/test.sh)"
        );
        // Every journey starts on the display as the run found it (see `display_a11y_bus`).
        static AT_RUN_START: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
        let at_start = AT_RUN_START.get_or_init(display_a11y_bus);
        let now = display_a11y_bus();
        assert_eq!(
            &now, at_start,
            "an earlier journey changed the shared X display's accessibility bus (root window AT_SPI_BUS); \
             every app and web process started on it from now on would use that bus"
        );
        let dir = run_dir().join(name);
        std::fs::create_dir_all(&dir).expect("create the session's output folder");
        let log = std::fs::File::create(dir.join("driver.log")).expect("create the driver log");
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
                .stdout(log.try_clone().expect("share the driver log"))
                .stderr(log.try_clone().expect("share the driver log"));
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
                Err(why) => panic!("{why} (log: {})", dir.join("driver.log").display()),
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
        let client = match ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
        {
            Ok(client) => client,
            Err(e) => panic!(
                "open a WebDriver session on the app: {e}\n{}",
                tail(&std::fs::read_to_string(dir.join("driver.log")).unwrap_or_default(), 40)
            ),
        };
        let session_id = client.session_id().await.ok().flatten().unwrap_or_default();
        Self { client, name: name.to_string(), driver, home, dir, port, session_id }
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
            type_into(self, id, PASSPHRASE).await;
        }
        click(self, "setup-submit").await;
        self.wait_for(r#"[data-testid="case-list"]"#, VAULT_TIMEOUT).await;
    }

    /// The processes under this session's tauri-driver.
    pub fn liveness(&self) -> Liveness {
        let procs = descendants(self.driver.id())
            .into_iter()
            .filter_map(|pid| {
                let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
                let (head, rest) = stat.rsplit_once(')')?;
                let name = head.split_once('(')?.1.to_string();
                let state = rest.split_whitespace().next()?.to_string();
                Some(Proc { pid, name, state })
            })
            .collect();
        Liveness { procs }
    }

    /// What a failed WebDriver call means for a wait: a missing, stale or unreadable element is
    /// "not yet"; a lost connection, an ended session or a dead app or web process ends it.
    fn verdict(&self, error: &CmdError) -> Verdict {
        use fantoccini::error::ErrorStatus as E;
        let text = match error {
            CmdError::Standard(w) => format!("{:?} {}", w.error, w.message),
            other => other.to_string(),
        };
        match error {
            CmdError::Standard(w) if w.error == E::InvalidSessionId => {
                return Verdict::Dead(format!("the WebDriver session ended ({text})"))
            }
            CmdError::Lost(_) | CmdError::Failed(_) | CmdError::FailedC(_) => {
                return Verdict::Dead(format!("the connection to tauri-driver broke ({text})"))
            }
            _ => {}
        }
        match self.liveness().missing() {
            Some(missing) => Verdict::Dead(format!("{missing} (last answer: {text})")),
            None => Verdict::NotYet(text),
        }
    }

    /// The one wait of the suite: calls `probe` until it gives `Some`, at most `timeout`.
    /// `Ok(None)` and "not yet" errors (see [`Session::verdict`]) try again; a dead session
    /// fails at once, saying which process is gone. On failure the panic says where the
    /// evidence is (see `Drop`).
    pub async fn wait_until<T>(
        &self,
        what: &str,
        timeout: Duration,
        mut probe: impl AsyncFnMut() -> Result<Option<T>, CmdError>,
    ) -> T {
        let deadline = Instant::now() + timeout;
        let mut last = String::from("(the condition never held)");
        loop {
            // A call that never answers (a hung page or driver) fails the wait too, just after
            // its deadline, instead of holding the suite forever.
            let left = deadline.saturating_duration_since(Instant::now()) + ANSWER_GRACE;
            let Ok(answer) = tokio::time::timeout(left, probe()).await else {
                self.fail(&format!("{what}: WebDriver gave no answer within {timeout:?} (the call hung)"));
            };
            match answer {
                Ok(Some(value)) => return value,
                Ok(None) => {}
                Err(error) => match self.verdict(&error) {
                    Verdict::NotYet(why) => last = why,
                    Verdict::Dead(why) => self.fail(&format!("{what}: {why}")),
                },
            }
            if Instant::now() >= deadline {
                self.fail(&format!("{what}: not within {timeout:?}; last: {last}"));
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Fails the test now: the panic names the session's evidence folder.
    pub fn fail(&self, why: &str) -> ! {
        let liveness = self.liveness();
        panic!(
            "[{}] {why}\nprocesses: {}\nevidence: {}",
            self.name,
            liveness.missing().unwrap_or_else(|| "app, web process and driver alive".into()),
            self.dir.display()
        );
    }

    /// Waits up to `timeout` for an element matching `css`.
    pub async fn wait_for(&self, css: &str, timeout: Duration) -> fantoccini::elements::Element {
        self.wait_until(&format!("`{css}` appears"), timeout, async || {
            self.client.find(Locator::Css(css)).await.map(Some)
        })
        .await
    }

    /// Waits up to `timeout` for an element matching `css` and reads its text.
    pub async fn text_of(&self, css: &str, timeout: Duration) -> String {
        self.wait_until(&format!("read the text of `{css}`"), timeout, async || {
            let element = self.client.find(Locator::Css(css)).await?;
            element.text().await.map(Some)
        })
        .await
    }

    /// Finds the element matching `css` and does `act` with it, as a wait: a redraw between
    /// finding and acting (a stale node) tries both again. Every action on an element found
    /// by a journey goes through here or a helper built on it.
    pub async fn on_element<T>(
        &self,
        css: &str,
        what: &str,
        mut act: impl AsyncFnMut(fantoccini::elements::Element) -> Result<T, CmdError>,
    ) -> T {
        self.wait_until(&format!("{what} `{css}`"), ELEMENT_TIMEOUT, async || {
            let element = self.client.find(Locator::Css(css)).await?;
            act(element).await.map(Some)
        })
        .await
    }

    /// Runs `script` in the page and returns its value, as a wait (a page busy redrawing
    /// answers later; a dead one fails the test).
    pub async fn js(&self, script: &str) -> serde_json::Value {
        self.wait_until("run a script in the page", ELEMENT_TIMEOUT, async || {
            self.client.execute(script, vec![]).await.map(Some)
        })
        .await
    }

    /// Saves a PNG of the webview to `tests/e2e/screenshots/<name>.png`, and checks the screen
    /// (see [`Session::check_screen`]): every screen a journey looks at is also checked.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        let path = self.capture(name).await;
        self.check_screen(name).await;
        path
    }

    /// Saves a PNG of the webview to `tests/e2e/screenshots/<name>.png`, nothing else.
    pub async fn capture(&self, name: &str) -> PathBuf {
        let dir = screenshot_dir();
        std::fs::create_dir_all(&dir).expect("create the screenshot directory");
        let path = dir.join(format!("{name}.png"));
        self.painted().await;
        self.paint_pulse().await;
        let Ok(shot) = tokio::time::timeout(ELEMENT_TIMEOUT, self.client.screenshot()).await else {
            self.fail(&format!("screenshot {name}: WebDriver gave no answer within {ELEMENT_TIMEOUT:?}"));
        };
        match shot {
            Ok(png) => std::fs::write(&path, png).expect("write the screenshot"),
            Err(error) => match self.verdict(&error) {
                Verdict::Dead(why) => self.fail(&format!("screenshot {name}: {why}")),
                Verdict::NotYet(why) => eprintln!("screenshot {name} failed: {why}"),
            },
        }
        path
    }

    /// Lets WebKit paint what the DOM already shows: without this a screenshot taken right
    /// after a re-render can show the previous frame.
    async fn painted(&self) {
        let script = "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)));";
        if tokio::time::timeout(ELEMENT_TIMEOUT, self.client.execute_async(script, vec![])).await.is_err() {
            self.fail(&format!("the page painted no frame within {ELEMENT_TIMEOUT:?}"));
        }
    }

    /// Makes the page paint a few times in the next two seconds, without changing a pixel.
    ///
    /// WebKitGTK takes a WebDriver screenshot at the page's next paint. The app draws without
    /// accelerated compositing (`software_rendering` in src-tauri/src/lib.rs), and then a page
    /// with nothing left to draw (the presenter, once shown) never paints again, so the
    /// screenshot waited for ever (found in the training journey, issue 12). A 1x1 px element,
    /// out of the accessibility tree and the pointer's way, switches between two colours that
    /// both round to fully transparent, then removes itself.
    async fn paint_pulse(&self) {
        self.js(PAINT_PULSE_JS).await;
    }

    /// The checks every screen passes (WCAG 2.1 AA in the real window, issue 14): axe-core
    /// finds no violation, and the page does not scroll sideways (1.4.10 reflow) at 100 % and,
    /// zoomed with the app's own zoom, at 200 % (screenshot `<name>@200.png`). One line per
    /// screen goes to `screens.tsv` in the run's folder, the violations to the session's
    /// `axe-<name>.json`; a violation or a sideways scroll fails the journey.
    pub async fn check_screen(&self, name: &str) {
        let started = Instant::now();
        let reflow_100 = self.reflow().await;
        let violations = self.axe(name).await;
        let axe_ms = started.elapsed().as_millis();
        let reflow_200 = if self.can_zoom().await {
            self.zoom_to(200).await;
            let reflow = self.reflow().await;
            self.capture(&format!("{name}@200")).await;
            self.zoom_to(100).await;
            Some(reflow)
        } else {
            self.half_size_reflow(name).await
        };
        let rules: Vec<String> = violations
            .iter()
            .map(|v| {
                format!("{} ({} nodes)", v["id"].as_str().unwrap_or("?"), v["nodes"].as_array().map_or(0, Vec::len))
            })
            .collect();
        let show = |r: &Option<(i64, i64)>| r.map_or("n/a".to_string(), |(sw, iw)| format!("{sw}/{iw}"));
        let summary = run_dir().join("screens.tsv");
        if !summary.exists() {
            append(
                &summary,
                "session\tscreen\taxe violations\trules\treflow 100 % (scrollWidth/innerWidth)\treflow 200 %\taxe ms\tchecks ms\n",
            );
        }
        let line = format!(
            "{}\t{name}\t{}\t{}\t{}\t{}\t{axe_ms}\t{}\n",
            self.name,
            violations.len(),
            rules.join(", "),
            show(&Some(reflow_100)),
            show(&reflow_200),
            started.elapsed().as_millis(),
        );
        append(&summary, &line);
        let mut faults = Vec::new();
        if !violations.is_empty() {
            faults.push(format!(
                "axe-core: {} violation(s): {} (details in {})",
                violations.len(),
                rules.join(", "),
                self.dir.join(format!("axe-{name}.json")).display()
            ));
        }
        for (zoom, reflow) in [(100, Some(reflow_100)), (200, reflow_200)] {
            if let Some((scroll_width, inner_width)) = reflow {
                if scroll_width > inner_width {
                    faults.push(format!(
                        "reflow at {zoom} %: the page scrolls sideways (scrollWidth {scroll_width} > innerWidth {inner_width})"
                    ));
                }
            }
        }
        if !faults.is_empty() {
            self.fail(&format!("screen {name}: {}", faults.join("; ")));
        }
    }

    /// For a window that cannot call the app's zoom (the trainer-notes window): the same CSS
    /// width as 200 %, by halving the window for a moment; `None` if it cannot be resized.
    async fn half_size_reflow(&self, name: &str) -> Option<(i64, i64)> {
        let (_, _, width, height) = self.client.get_window_rect().await.ok()?;
        let before = self.js("return window.innerWidth;").await.as_i64().unwrap_or(0);
        self.client.set_window_size((width / 2) as u32, (height / 2) as u32).await.ok()?;
        let want = before / 2;
        self.wait_until(&format!("the page is about {want} px wide"), ELEMENT_TIMEOUT, async || {
            let now = self.client.execute("return window.innerWidth;", vec![]).await?.as_i64().unwrap_or(0);
            Ok(((now - want).abs() <= 20).then_some(()))
        })
        .await;
        let reflow = self.reflow().await;
        self.capture(&format!("{name}@200")).await;
        let _ = self.client.set_window_size(width as u32, height as u32).await;
        self.wait_until("the window has its size back", ELEMENT_TIMEOUT, async || {
            let now = self.client.execute("return window.innerWidth;", vec![]).await?.as_i64().unwrap_or(0);
            Ok((now == before).then_some(()))
        })
        .await;
        Some(reflow)
    }

    /// `document.documentElement.scrollWidth` and `innerWidth`, in CSS pixels.
    pub async fn reflow(&self) -> (i64, i64) {
        let value =
            self.js("return [document.documentElement.scrollWidth, window.innerWidth, document.readyState];").await;
        (value[0].as_i64().unwrap_or(i64::MAX), value[1].as_i64().unwrap_or(0))
    }

    /// Whether this page may call the app's zoom (the main window; the trainer-notes window
    /// may call only `training_notes`).
    async fn can_zoom(&self) -> bool {
        self.js("return !location.pathname.endsWith('notes.html');").await.as_bool() == Some(true)
    }

    /// Zooms the window to `percent` with the app's own zoom (the `set_zoom` command that
    /// Ctrl+= / Ctrl+− / Ctrl+0 use) and waits until the page has its new width.
    pub async fn zoom_to(&self, percent: u32) {
        let script = format!(
            "const done = arguments[0]; window.__TAURI__.core.invoke('set_zoom', {{ percent: {percent} }}).then(() => done('ok'), (e) => done(JSON.stringify(e)));"
        );
        let answer = self.client.execute_async(&script, vec![]).await;
        match answer {
            Ok(serde_json::Value::String(ok)) if ok == "ok" => {}
            Ok(other) => self.fail(&format!("zoom to {percent} %: {other}")),
            Err(error) => self.fail(&format!("zoom to {percent} %: {error}")),
        }
        // The window is 1280 px wide in every journey; at `percent` the page is that much narrower.
        let outer = self.js("return window.outerWidth;").await.as_i64().unwrap_or(1280);
        let want = outer * 100 / i64::from(percent);
        self.wait_until(&format!("the page is {want} px wide at {percent} %"), ELEMENT_TIMEOUT, async || {
            let width = self.client.execute("return window.innerWidth;", vec![]).await?.as_i64().unwrap_or(0);
            Ok(((width - want).abs() <= 2).then_some(()))
        })
        .await;
        self.painted().await;
    }

    /// Runs axe-core (injected once per page) on the whole document; its violations. Writes
    /// them to the session's `axe-<name>.json` when there are any.
    pub async fn axe(&self, name: &str) -> Vec<serde_json::Value> {
        let loaded = self.js("return typeof window.axe === 'object';").await.as_bool() == Some(true);
        if !loaded {
            let script = format!("{}\nreturn typeof window.axe;", axe_source());
            self.js(&script).await;
        }
        let run = r#"const done = arguments[0];
            window.axe.run(document, { resultTypes: ['violations'] }).then(
              (r) => done(JSON.stringify(r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, summary: n.failureSummary })) })))),
              (e) => done('error: ' + e));"#;
        let answer = match self.client.execute_async(run, vec![]).await {
            Ok(value) => value,
            Err(error) => self.fail(&format!("run axe-core on {name}: {error}")),
        };
        let text = answer.as_str().unwrap_or_default();
        let violations: Vec<serde_json::Value> = match serde_json::from_str(text) {
            Ok(list) => list,
            Err(_) => self.fail(&format!("run axe-core on {name}: {answer}")),
        };
        if !violations.is_empty() {
            let pretty = serde_json::to_string_pretty(&violations).unwrap_or_default();
            let _ = std::fs::write(self.dir.join(format!("axe-{name}.json")), pretty);
        }
        violations
    }

    /// Like [`Session::finish`], but hands back the isolated home instead of removing it,
    /// so a test can look at what the app left on disk (it is removed when dropped).
    pub async fn finish_keeping_home(mut self) -> IsolatedHome {
        let _ = tokio::time::timeout(Duration::from_secs(10), self.client.clone().close()).await;
        self.driver.kill();
        std::mem::replace(&mut self.home, IsolatedHome { path: PathBuf::new() })
    }

    /// Ends the WebDriver session (which quits the app) and the driver.
    pub async fn finish(mut self) {
        let _ = tokio::time::timeout(Duration::from_secs(10), self.client.clone().close()).await;
        self.driver.kill();
    }

    /// Writes what the failing session shows into its folder: `failure.txt` (processes, the
    /// app's and WebKit's own words from the log), `console.txt` (the page's console),
    /// `screenshot.png` and `page.html` (when the page still answers). Plain blocking HTTP to
    /// tauri-driver, so it also runs while a panic unwinds the async test.
    fn save_evidence(&self) {
        let log = std::fs::read_to_string(self.dir.join("driver.log")).unwrap_or_default();
        let console: String = log.lines().filter(|l| l.contains("CONSOLE")).map(|l| format!("{l}\n")).collect();
        let _ = std::fs::write(self.dir.join("console.txt"), &console);
        let liveness = self.liveness();
        let mut notes = Vec::new();
        let addr = SocketAddr::from(([127, 0, 0, 1], self.port));
        if liveness.driver() && !self.session_id.is_empty() {
            let base = format!("/session/{}", self.session_id);
            // The HTML first: a screenshot that hangs holds up every later command.
            let body = serde_json::json!({"script": "return document.documentElement.outerHTML;", "args": []});
            match http_json(addr, "POST", &format!("{base}/execute/sync"), Some(&body)) {
                Ok(value) => match value["value"].as_str() {
                    Some(html) => {
                        let _ = std::fs::write(self.dir.join("page.html"), html);
                    }
                    None => notes.push(format!("no page HTML: {value}")),
                },
                Err(e) => notes.push(format!("no page HTML: {e}")),
            }
            // WebKitGTK answers a screenshot at the next paint (see `paint_pulse`).
            let pulse = serde_json::json!({"script": PAINT_PULSE_JS, "args": []});
            let _ = http_json(addr, "POST", &format!("{base}/execute/sync"), Some(&pulse));
            match http_json(addr, "GET", &format!("{base}/screenshot"), None) {
                Ok(value) => match value["value"].as_str().map(decode_base64) {
                    Some(Some(png)) => {
                        let _ = std::fs::write(self.dir.join("screenshot.png"), png);
                    }
                    _ => notes.push(format!("no screenshot: {value}")),
                },
                Err(e) => notes.push(format!("no screenshot: {e}")),
            }
        }
        let words: String = log
            .lines()
            .filter(|l| l.contains("meldwijzer:") || l.contains("WebKit"))
            .map(|l| format!("{l}\n"))
            .collect();
        let report = format!(
            "session {}\n\nprocesses under tauri-driver (pid, state, name):\n{}\n{}\n\n{}\n\nthe app's and WebKit's own lines:\n{}\n\nthe log's last lines:\n{}\n",
            self.name,
            liveness.table(),
            liveness.missing().unwrap_or_else(|| "app, web process and driver alive".into()),
            notes.join("\n"),
            words,
            tail(&log, 40),
        );
        let _ = std::fs::write(self.dir.join("failure.txt"), report);
        eprintln!(
            "e2e [{}] failed: screenshot, page HTML, console and processes in {}\n{}",
            self.name,
            self.dir.display(),
            tail(&log, 15)
        );
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.save_evidence();
        }
    }
}

/// The pinned axe-core that `scripts/test.sh` installs (`install_axe` in `scripts/common.sh`).
pub const AXE_VERSION: &str = "4.14.1";

/// axe-core's `axe.min.js`, read once: `$MELDWIJZER_AXE`, or the copy `scripts/test.sh` puts in
/// `~/.cache/meldwijzer-tools/axe-core-<version>/`.
fn axe_source() -> &'static str {
    static SOURCE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    SOURCE.get_or_init(|| {
        let path = std::env::var_os("MELDWIJZER_AXE").map(PathBuf::from).unwrap_or_else(|| {
            let tools = std::env::var_os("MELDWIJZER_TOOLS_DIR").map(PathBuf::from).unwrap_or_else(|| {
                Path::new(&std::env::var_os("HOME").expect("HOME is set")).join(".cache/meldwijzer-tools")
            });
            tools.join(format!("axe-core-{AXE_VERSION}/node_modules/axe-core/axe.min.js"))
        });
        std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!("read axe-core from {} ({e}); scripts/test.sh installs it (install_axe)", path.display())
        })
    })
}

/// Appends `line` to the file at `path` (made when missing).
fn append(path: &Path, line: &str) {
    use std::io::Write;
    let mut file =
        std::fs::OpenOptions::new().create(true).append(true).open(path).expect("open the run's screen summary");
    file.write_all(line.as_bytes()).expect("write the run's screen summary");
}

/// The last `n` lines of `text`.
fn tail(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}

/// One blocking HTTP/1.0 request to the WebDriver server; the answer's JSON body.
fn http_json(
    addr: SocketAddr,
    method: &str,
    path: &str,
    body: Option<&serde_json::Value>,
) -> Result<serde_json::Value, String> {
    use std::io::{Read, Write};
    let mut stream = TcpStream::connect_timeout(&addr, Duration::from_secs(2)).map_err(|e| e.to_string())?;
    let _ = stream.set_read_timeout(Some(Duration::from_secs(15)));
    let body = body.map(|b| b.to_string()).unwrap_or_default();
    let request = format!(
        "{method} {path} HTTP/1.0\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).map_err(|e| e.to_string())?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).map_err(|e| e.to_string())?;
    let answer = String::from_utf8_lossy(&answer);
    let (_, json) = answer.split_once("\r\n\r\n").ok_or("no HTTP body")?;
    serde_json::from_str(json).map_err(|e| format!("{e}: {}", json.chars().take(200).collect::<String>()))
}

/// Standard base64 (as WebDriver sends screenshots) to bytes.
fn decode_base64(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in text.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            b'=' | b'\n' | b'\r' => continue,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
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
// found a moment ago can be gone by the time it is clicked. Every step therefore finds its
// element again on each try, through `Session::wait_until`.

/// The CSS selector for a `data-testid`.
pub fn tid(id: &str) -> String {
    format!(r#"[data-testid="{id}"]"#)
}

/// Clicks the element with this test id.
pub async fn click(s: &Session, id: &str) {
    let css = tid(id);
    s.wait_until(&format!("click {id}"), ELEMENT_TIMEOUT, async || {
        s.client.find(Locator::Css(&css)).await?.click().await.map(Some)
    })
    .await
}

/// Scrolls the element with this test id to the middle of the view, then clicks it: at the
/// top of the view the sticky top bar would take a click WebDriver aims there.
pub async fn click_centered(s: &Session, id: &str) {
    let css = tid(id);
    let script = format!(
        "const el = document.querySelector('[data-testid=\"{id}\"]'); if (el) el.scrollIntoView({{ block: 'center' }}); return Boolean(el);"
    );
    s.wait_until(&format!("click {id} (centred)"), ELEMENT_TIMEOUT, async || {
        if s.client.execute(&script, vec![]).await?.as_bool() != Some(true) {
            return Ok(None);
        }
        s.client.find(Locator::Css(&css)).await?.click().await.map(Some)
    })
    .await
}

/// Replaces the text of the field with this test id, and checks it holds `text` afterwards:
/// a redraw between finding the field and typing (a stale node, or a fresh node without
/// the text) is tried again.
pub async fn replace_text(s: &Session, id: &str, text: &str) {
    let css = tid(id);
    s.wait_until(&format!("replace the text of {id}"), ELEMENT_TIMEOUT, async || {
        let field = s.client.find(Locator::Css(&css)).await?;
        field.clear().await?;
        field.send_keys(text).await?;
        let now = s.client.find(Locator::Css(&css)).await?.prop("value").await?.unwrap_or_default();
        Ok((now == text).then_some(()))
    })
    .await
}

/// Types into the element with this test id (appends to what is there).
pub async fn type_into(s: &Session, id: &str, text: &str) {
    let css = tid(id);
    s.wait_until(&format!("type into {id}"), ELEMENT_TIMEOUT, async || {
        s.client.find(Locator::Css(&css)).await?.send_keys(text).await.map(Some)
    })
    .await
}

/// Chooses `value` in the select with this test id.
pub async fn select(s: &Session, id: &str, value: &str) {
    s.on_element(&tid(id), &format!("choose {value} in"), async |e| e.select_by_value(value).await).await
}

/// The page's visible text.
pub async fn page_text(s: &Session) -> String {
    s.js("return document.body.innerText;").await.as_str().unwrap_or_default().to_string()
}

/// Waits until the page's visible text contains `needle`.
pub async fn wait_text(s: &Session, needle: &str) {
    s.wait_until(&format!("`{needle}` appears on the page"), ELEMENT_TIMEOUT, async || {
        let text = s.client.execute("return document.body.innerText;", vec![]).await?;
        Ok(text.as_str().unwrap_or_default().contains(needle).then_some(()))
    })
    .await
}
