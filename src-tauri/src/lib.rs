//! Meldwijzer's desktop shell: the only crate that knows Tauri.
//!
//! It wires `meldwijzer_app::App` to the window: managed state, the IPC
//! commands (one-liners in `commands`), a navigation guard, and process
//! hardening. Everything the professional sees or decides is computed in
//! `crates/app` and below; nothing here is worth testing beyond a smoke test.

mod commands;
mod dialog;
mod hardening;
#[cfg(target_os = "linux")]
mod oslock;
mod state;
pub mod timing;

use std::time::Duration;

use meldwijzer_app::{App, AppConfig, SystemEnv};
use tauri::{plugin::TauriPlugin, AppHandle, Builder, Manager, Runtime, Url, WebviewWindow, WindowEvent};

pub use state::AppState;

/// The label of the one window; the capability in `capabilities/` names it.
pub const MAIN_WINDOW: &str = "main";

/// The label of the trainer-notes window (oefenmodus, the trainer's own screen); its
/// capability (`capabilities/trainer-notes.json`) grants only `training_notes`.
pub const NOTES_WINDOW: &str = "trainer-notes";

/// Set to `1` to print [`READY_LINE`] when the UI reports it is ready.
pub const REPORT_READY_ENV: &str = "MELDWIJZER_REPORT_READY";

/// The stdout line the startup benchmark waits for.
pub const READY_LINE: &str = "meldwijzer-ready";

/// How long the window may stay hidden if the UI never calls `ui_ready`
/// (a script error): after this it is shown anyway, so the app never looks
/// like it did not start.
const SHOW_WINDOW_FALLBACK: Duration = Duration::from_secs(5);

/// After a close request the UI saves what is typed and calls `quit`; if it has not done so
/// within this time (a script error, a hung page), the app locks and ends anyway.
const QUIT_FALLBACK: Duration = Duration::from_secs(5);

/// How often the shell itself checks the idle time, as a backstop for the UI's own check
/// (every 15 s), in case the page's timers are throttled or its script hangs.
const TICK_BACKSTOP: Duration = Duration::from_secs(30);

/// Events the shell sends into the page (see `ui/src/main.js`): save what is typed, then
/// call `quit`; the vault locked by itself, clear the page; lock now (window minimised).
const EVENT_CLOSE_REQUESTED: &str = "meldwijzer-close-requested";
const EVENT_LOCKED: &str = "meldwijzer-locked";
const EVENT_LOCK_NOW: &str = "meldwijzer-lock-now";

/// Starts the desktop app and blocks until it exits.
pub fn run() {
    hardening::disable_core_dumps();
    forget_automation_switches();
    software_rendering();
    timing::start();
    // Data, config and cache folders owner-only (0700, files 0600) where they exist looser;
    // the app creates them so when it first writes. The webview's own folders are tightened
    // in `setup` once their paths are known.
    for dir in meldwijzer_app::perms::app_dirs() {
        let _ = meldwijzer_app::perms::secure_existing(&dir);
    }
    if automation_requested() {
        hardening::stdout_to_stderr();
    }
    // `..default()` fills `test_kdf`, which exists only when the test package's `test-kdf`
    // feature is on (a workspace build); a plain `-p meldwijzer` build has nothing to fill.
    #[allow(clippy::needless_update)]
    let config = AppConfig {
        settings_path: meldwijzer_app::default_settings_path(),
        vault_path: meldwijzer_app::default_vault_path(),
        ..AppConfig::default()
    };
    // The app (content parsed and checked, Fluent bundles, oefencasussen) is built on its own
    // thread while GTK and the webview start; the first command waits for it (src/state.rs).
    let app = std::thread::Builder::new()
        .name("app-new".into())
        .spawn(move || {
            timing::mark("app-new");
            match App::new(config, Box::new(SystemEnv::new())) {
                Ok(app) => {
                    timing::mark("app-new-done");
                    app
                }
                Err(error) => {
                    eprintln!("meldwijzer: cannot start: {error:?}");
                    std::process::exit(1);
                }
            }
        })
        .expect("start the thread that builds the app");
    timing::mark("builder");
    build_app(Builder::default(), AppState::starting(app))
        .run(tauri::generate_context!())
        .expect("error while running the Tauri application");
}

/// WebKitGTK's switch for compositing (GPU layers); WebKit reads it when it starts the web
/// process.
pub const COMPOSITING_ENV: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";

/// Draws the page without WebKitGTK's accelerated compositing, unless the user's environment
/// already says otherwise (`WEBKIT_DISABLE_COMPOSITING_MODE=0` turns it back on).
///
/// Meldwijzer's screens are text and forms: nothing gains from GPU layers, and on the
/// machines this is measured on (no GPU: Mesa's llvmpipe) compositing cost about 95 MB across
/// the app's processes, about 50 ms of start-up and the main thread's time under load (issue 12 §7;
/// `scripts/bench.sh`). It also steers clear of the blank-window bugs some GPU drivers have
/// with WebKitGTK's GL path. Runs first in `run`, while the process has one thread; the bare
/// reference window of the startup bench calls it too, so both are measured alike.
pub fn software_rendering() {
    #[cfg(target_os = "linux")]
    if std::env::var_os(COMPOSITING_ENV).is_none() {
        std::env::set_var(COMPOSITING_ENV, "1");
    }
}

/// Whether this binary was built with the `e2e` cargo feature: only the end-to-end tests and
/// the startup bench build it so. Without it no automation switch exists in the binary.
pub const AUTOMATION_BUILD: bool = cfg!(feature = "e2e");

/// The environment variables only WebDriver and the tests use.
const AUTOMATION_ENV: &[&str] = &[
    "TAURI_WEBVIEW_AUTOMATION",
    crate::dialog::E2E_PICK_ENV,
    REPORT_READY_ENV,
    timing::TIMING_ENV,
    "WEBKIT_INSPECTOR_SERVER",
    "WEBKIT_INSPECTOR_HTTP_SERVER",
];

/// In a shipped build (no `e2e` feature), removes every automation switch from this process's
/// environment before Tauri reads it: `tauri-runtime-wry` would otherwise let a WebDriver
/// attach when `TAURI_WEBVIEW_AUTOMATION=true`, whatever our own code does. Runs first in
/// `run`, while the process has one thread.
fn forget_automation_switches() {
    if !AUTOMATION_BUILD {
        for name in AUTOMATION_ENV {
            std::env::remove_var(name);
        }
    }
}

/// Whether WebDriver drives this process: only in an `e2e` build, and only when tauri-driver
/// set `TAURI_WEBVIEW_AUTOMATION=true`.
pub(crate) fn automation_requested() -> bool {
    AUTOMATION_BUILD && std::env::var("TAURI_WEBVIEW_AUTOMATION").as_deref() == Ok("true")
}

/// Registers state, commands and the navigation guard on `builder`.
///
/// Generic over the runtime so the unit tests can build the same app on
/// Tauri's mock runtime.
pub fn build_app<R: Runtime>(builder: Builder<R>, app: impl Into<AppState>) -> Builder<R> {
    builder
        .manage(app.into())
        .plugin(navigation_guard())
        // Native file dialogs, shown from Rust only (src/dialog.rs); no dialog permission
        // is granted to the page.
        .plugin(tauri_plugin_dialog::init())
        .setup(|app| {
            timing::mark("setup");
            secure_webview_dirs(app.handle());
            timing::mark("webview-dirs-secured");
            create_main_window(app.handle())?;
            timing::mark("window-built");
            start_tick_backstop(app.handle().clone());
            timing::mark("setup-done");
            Ok(())
        })
        .on_page_load(|_, payload| {
            timing::mark(match payload.event() {
                tauri::webview::PageLoadEvent::Started => "page-load-started",
                tauri::webview::PageLoadEvent::Finished => "page-load-finished",
            })
        })
        .on_window_event(|window, event| match event {
            // The trainer-notes window closes like any window; only the main window's close
            // and minimise concern the vault.
            _ if window.label() != MAIN_WINDOW => {}
            WindowEvent::CloseRequested { api, .. } => {
                // Quitting first saves what is typed: the page does that and calls `quit`.
                api.prevent_close();
                send_to_page(window.app_handle(), EVENT_CLOSE_REQUESTED);
                let app = window.app_handle().clone();
                std::thread::spawn(move || {
                    std::thread::sleep(QUIT_FALLBACK);
                    let state = app.state::<AppState>();
                    lock_and_exit(&app, &state);
                });
            }
            // Minimising locks (where the platform says so; see ARCHITECTURE.md): GTK reports
            // iconified windows through their state, read here on the events it sends then.
            WindowEvent::Resized(_) | WindowEvent::Focused(false) if window.is_minimized().unwrap_or(false) => {
                send_to_page(window.app_handle(), EVENT_LOCK_NOW);
            }
            _ => {}
        })
        .invoke_handler(tauri::generate_handler![
            commands::startup,
            commands::set_language,
            commands::vault_status,
            commands::about,
            commands::guide,
            commands::create_vault,
            commands::unlock,
            commands::lock,
            commands::list_cases,
            commands::create_case,
            commands::create_info_request,
            commands::open_case,
            commands::edit_case,
            commands::delete_case,
            commands::record_disclosure,
            commands::render_output,
            commands::copy_output,
            commands::save_output_pdf,
            commands::ui_ready,
            commands::touch,
            commands::tick,
            commands::set_settings,
            commands::quit,
            commands::export_case,
            commands::import_case,
            commands::unlock_with_recovery,
            commands::change_passphrase,
            commands::pick_save_path,
            commands::pick_open_path,
            commands::enter_training,
            commands::leave_training,
            commands::training_view,
            commands::training_case,
            commands::training_compare,
            commands::training_show,
            commands::training_notes,
            commands::training_import,
            commands::open_trainer_notes,
            commands::set_fullscreen,
            commands::set_zoom,
            commands::pack_read,
            commands::pack_accept,
            commands::pack_cancel,
            commands::packs_list,
            commands::pack_remove,
            commands::pack_local,
        ])
}

/// The folders Tauri and the webview keep under the app's identifier (a non-incognito webview
/// would keep its storage there): owner-only if they exist.
fn secure_webview_dirs<R: Runtime>(app: &AppHandle<R>) {
    let paths = app.path();
    for dir in [paths.app_data_dir(), paths.app_local_data_dir(), paths.app_cache_dir(), paths.app_config_dir()]
        .into_iter()
        .flatten()
    {
        let _ = meldwijzer_app::perms::secure_existing(&dir);
    }
}

/// What waits until the first screen is shown (`ui_ready`): the screen-lock and suspend
/// listener (src/oslock.rs), whose D-Bus connections would otherwise compete with the first
/// screen for the main thread. Nothing can be unlocked before then, so nothing is missed.
/// Runs once; later `ui_ready` calls (a reloaded page) do nothing.
pub(crate) fn after_first_screen<R: Runtime>(app: &AppHandle<R>) {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        #[cfg(target_os = "linux")]
        {
            // On the main thread: the listener's callbacks run on its GLib main context.
            let handle = app.clone();
            let _ = app.run_on_main_thread(move || oslock::watch(&handle));
        }
        #[cfg(not(target_os = "linux"))]
        let _ = app;
    });
}

/// Dispatches a plain DOM event named `name` (one of the constants above, never data) on the
/// page's `window`.
fn send_to_page<R: Runtime>(app: &AppHandle<R>, name: &'static str) {
    if let Some(webview) = app.get_webview_window(MAIN_WINDOW) {
        let _ = webview.eval(format!("window.dispatchEvent(new Event('{name}'))"));
    }
}

/// Locks the vault (its keys are wiped) and ends the app.
pub(crate) fn lock_and_exit<R: Runtime>(app: &AppHandle<R>, state: &AppState) {
    let _ = state.lock().lock();
    app.exit(0);
}

/// Every [`TICK_BACKSTOP`], the idle check in Rust: if it locks the vault, the page is told
/// to remove every case text.
/// Asks the app, `secs` seconds from now, whether to clear the clipboard after a copy. The
/// app decides on its own clock (it clears only what it copied, and only once the time has
/// passed); the tick backstop and locking check too.
pub(crate) fn schedule_clipboard_check<R: Runtime>(app: &AppHandle<R>, secs: u64) {
    let app = app.clone();
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_secs(secs));
        app.state::<AppState>().lock().clipboard_check();
    });
}

fn start_tick_backstop<R: Runtime>(app: AppHandle<R>) {
    std::thread::spawn(move || loop {
        std::thread::sleep(TICK_BACKSTOP);
        let state = app.state::<AppState>();
        let (before, after) = {
            let mut app_state = state.lock();
            let before = app_state.vault_status().state;
            (before, app_state.tick().state)
        };
        if before == "unlocked" && after != "unlocked" {
            send_to_page(&app, EVENT_LOCKED);
        }
    });
}

/// Creates the main window from `tauri.conf.json` (where it has `create: false`).
///
/// The window is `incognito` (no cookies, cache or local storage on disk), except in an
/// `e2e` build under WebDriver automation (`TAURI_WEBVIEW_AUTOMATION=true`, set by
/// tauri-driver): WebKitGTK only lets a driver attach to a persistent web context, so the
/// end-to-end tests need the non-incognito one. A shipped build has no such path.
///
/// It also starts the fallback that shows the window if `ui_ready` never comes.
pub fn create_main_window<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<WebviewWindow<R>> {
    let mut config = app
        .config()
        .app
        .windows
        .iter()
        .find(|window| window.label == MAIN_WINDOW)
        .cloned()
        .ok_or_else(|| tauri::Error::WindowNotFound)?;
    let automation = automation_requested();
    if automation {
        eprintln!("meldwijzer: WebDriver automation requested; the webview is not incognito");
        config.incognito = false;
    }
    let window = tauri::WebviewWindowBuilder::from_config(app, &config)?
        // The page names the screen and step in `document.title` (ui/src/title.js), never the alias.
        .on_document_title_changed(|window, title| {
            let _ = window.set_title(&title);
        })
        .build()?;
    #[cfg(target_os = "linux")]
    web_process_diagnostics(&window, automation);
    #[cfg(target_os = "linux")]
    document_viewer_cache(&window);
    let fallback = window.clone();
    std::thread::spawn(move || {
        std::thread::sleep(SHOW_WINDOW_FALLBACK);
        let _ = fallback.show();
    });
    Ok(window)
}

/// Says on stderr when the window's web process ends (a crash, the memory limit) or stops
/// answering, and under automation also lets WebKit write the page's console messages to
/// stdout (sent to stderr, see [`hardening::stdout_to_stderr`]). No case text: the page never
/// logs any, and the reasons are WebKit's enum names. Without this a dead page shows only as a
/// blank window, and an end-to-end failure as "Could not parse element info".
#[cfg(target_os = "linux")]
fn web_process_diagnostics<R: Runtime>(window: &WebviewWindow<R>, automation: bool) {
    let _ = window.with_webview(move |webview| {
        use webkit2gtk::{SettingsExt, WebViewExt};
        let view = webview.inner();
        view.connect_web_process_terminated(|_, reason| {
            eprintln!("meldwijzer: the window's web process ended: {reason:?}");
        });
        view.connect_is_web_process_responsive_notify(|view| {
            let answering = view.is_web_process_responsive();
            eprintln!(
                "meldwijzer: the window's web process {}",
                if answering { "answers again" } else { "stopped answering" }
            );
        });
        if automation {
            if let Some(settings) = WebViewExt::settings(&view) {
                settings.set_enable_write_console_messages_to_stdout(true);
            }
        }
    });
}

/// Sets the webview's cache model to "document viewer": one local page that never navigates
/// has no use for a browser's memory cache of resources already used and pages left, and the
/// web process then keeps less memory idle (issue 12 §7). WebKit's default is "web browser".
#[cfg(target_os = "linux")]
fn document_viewer_cache<R: Runtime>(window: &WebviewWindow<R>) {
    let _ = window.with_webview(|webview| {
        use webkit2gtk::{CacheModel, WebContextExt, WebViewExt};
        if let Some(context) = webview.inner().context() {
            context.set_cache_model(CacheModel::DocumentViewer);
        }
    });
}

/// Opens the trainer-notes window (`ui/notes.html`), or brings it forward if it is open.
/// Incognito like the main window (not under WebDriver automation in an `e2e` build, as there).
pub fn open_notes_window<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<()> {
    if let Some(window) = app.get_webview_window(NOTES_WINDOW) {
        return window.set_focus();
    }
    let automation = automation_requested();
    tauri::WebviewWindowBuilder::new(app, NOTES_WINDOW, tauri::WebviewUrl::App("notes.html".into()))
        .title("Meldwijzer")
        .inner_size(960.0, 720.0)
        .min_inner_size(480.0, 360.0)
        .incognito(!automation)
        .content_protected(true)
        .build()?;
    Ok(())
}

/// Leaves oefenmodus in the app (discarding the session) and closes the trainer-notes window.
pub(crate) fn leave_training<R: Runtime>(app: &AppHandle<R>, state: &AppState) -> meldwijzer_app::VaultStatusView {
    let status = state.lock().leave_training();
    if let Some(window) = app.get_webview_window(NOTES_WINDOW) {
        let _ = window.close();
    }
    status
}

/// A plugin whose only job is to refuse navigation away from the app.
///
/// The UI has no links to the outside world; if one ever appears (in
/// content or through injected markup) the webview stays where it is.
fn navigation_guard<R: Runtime>() -> TauriPlugin<R> {
    tauri::plugin::Builder::new("navigation-guard").on_navigation(|_webview, url| is_app_origin(url)).build()
}

/// Whether `url` belongs to the app's own embedded pages.
///
/// Tauri serves `ui/` as `tauri://localhost` (Linux, macOS) or
/// `http(s)://tauri.localhost` (Windows, Android); there is no dev server.
pub fn is_app_origin(url: &Url) -> bool {
    match url.scheme() {
        "tauri" => url.host_str() == Some("localhost") && url.port().is_none(),
        "http" | "https" => url.host_str() == Some("tauri.localhost") && url.port().is_none(),
        _ => false,
    }
}

/// Prints [`READY_LINE`] when [`REPORT_READY_ENV`] is `1` in an `e2e` build (the startup
/// bench); nothing otherwise.
fn report_ready() {
    if AUTOMATION_BUILD && std::env::var(REPORT_READY_ENV).as_deref() == Ok("1") {
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "{READY_LINE}");
        let _ = out.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tauri::ipc::{CallbackFn, InvokeBody};
    use tauri::test::{get_ipc_response, mock_builder, INVOKE_KEY};
    use tauri::webview::InvokeRequest;

    fn invoke(cmd: &str, body: serde_json::Value) -> Result<serde_json::Value, serde_json::Value> {
        invoke_in(MAIN_WINDOW, cmd, body)
    }

    /// Builds the shell on the mock runtime and invokes `cmd` from window `label`.
    fn invoke_in(label: &str, cmd: &str, body: serde_json::Value) -> Result<serde_json::Value, serde_json::Value> {
        let app =
            App::new(AppConfig::default(), Box::new(SystemEnv::new())).expect("the app starts without a settings file");
        // The real context: the real capability (ACL) decides what may run.
        let app = build_app(mock_builder(), app)
            .build(tauri::generate_context!())
            .expect("the shell builds on the mock runtime");
        // `setup` (which creates the window) only runs with the event loop.
        let window = if label == MAIN_WINDOW {
            create_main_window(app.handle()).expect("the main window builds on the mock runtime")
        } else {
            tauri::WebviewWindowBuilder::new(app.handle(), label, Default::default())
                .build()
                .expect("a second window builds on the mock runtime")
        };
        get_ipc_response(
            &window,
            InvokeRequest {
                cmd: cmd.into(),
                callback: CallbackFn(0),
                error: CallbackFn(1),
                url: "tauri://localhost".parse().unwrap(),
                body: InvokeBody::Json(body),
                headers: Default::default(),
                invoke_key: INVOKE_KEY.to_string(),
            },
        )
        .map(|body| body.deserialize::<serde_json::Value>().unwrap())
    }

    /// The command list is spelled in five places: the functions (`commands.rs`), the handler
    /// (`generate_handler!` above), the permissions (`build.rs`), the grants (`capabilities/`)
    /// and the UI's one doorway (`ui/src/api.js`). They must name the same commands.
    #[test]
    fn the_five_command_lists_agree() {
        use std::collections::BTreeSet;
        let here = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let read = |path: &str| std::fs::read_to_string(here.join(path)).unwrap_or_else(|e| panic!("read {path}: {e}"));
        let word = |s: &str| s.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect::<String>();

        let commands_rs = read("src/commands.rs");
        let functions: BTreeSet<String> = commands_rs
            .split("#[tauri::command]")
            .skip(1)
            .map(|rest| {
                let after = rest.split_once("fn ").expect("a command is a fn").1;
                word(after)
            })
            .collect();

        let lib_rs = read("src/lib.rs");
        let handler = lib_rs.split("generate_handler![").nth(1).expect("generate_handler!").split(']').next().unwrap();
        let handled: BTreeSet<String> = handler.split("commands::").skip(1).map(word).collect();

        let build_rs = read("build.rs");
        let listed = build_rs.split("const COMMANDS").nth(1).expect("COMMANDS in build.rs").split("];").next().unwrap();
        let permitted: BTreeSet<String> = listed.split('"').skip(1).step_by(2).map(str::to_string).collect();

        let mut granted = BTreeSet::new();
        for file in ["capabilities/default.json", "capabilities/trainer-notes.json"] {
            let json: serde_json::Value = serde_json::from_str(&read(file)).unwrap();
            for permission in json["permissions"].as_array().unwrap() {
                let name = permission.as_str().expect("plain permission names");
                granted.insert(name.strip_prefix("allow-").expect("allow-<command>").replace('-', "_"));
            }
        }

        let api_js = read("../ui/src/api.js");
        let called: BTreeSet<String> = api_js.split("call('").skip(1).map(word).collect();

        assert_eq!(handled, functions, "generate_handler! vs commands.rs");
        assert_eq!(permitted, functions, "build.rs COMMANDS vs commands.rs");
        assert_eq!(granted, functions, "capabilities/*.json vs commands.rs");
        assert_eq!(called, functions, "ui/src/api.js vs commands.rs");
    }

    #[test]
    fn startup_answers_through_ipc() {
        let view = invoke("startup", serde_json::json!({})).expect("the main window is granted `startup`");
        assert!(view.is_object(), "startup returns the start screen as an object: {view}");
    }

    #[test]
    fn core_commands_are_not_granted() {
        // `core:window` is registered by Tauri itself; the capability grants none of it.
        let refused = invoke("plugin:window|close", serde_json::json!({ "label": MAIN_WINDOW }));
        assert!(refused.is_err(), "no core:* permissions are granted: {refused:?}");
    }

    #[test]
    fn other_windows_get_no_commands() {
        let refused = invoke_in("other", "startup", serde_json::json!({}));
        assert!(refused.is_err(), "only the main window is granted our commands: {refused:?}");
    }

    #[test]
    fn the_trainer_notes_window_gets_the_notes_and_nothing_else() {
        let notes = invoke_in(NOTES_WINDOW, "training_notes", serde_json::json!({}))
            .expect("the trainer-notes window is granted `training_notes`");
        assert_eq!(notes["active"], false, "oefenmodus is off at start: {notes}");
        for cmd in ["startup", "list_cases", "training_case", "enter_training", "vault_status"] {
            let refused = invoke_in(NOTES_WINDOW, cmd, serde_json::json!({}));
            assert!(refused.is_err(), "the trainer-notes window may not call `{cmd}`: {refused:?}");
        }
    }

    #[test]
    fn the_main_window_can_enter_oefenmodus() {
        let view = invoke("enter_training", serde_json::json!({})).expect("granted");
        assert_eq!(view["active"], true);
        assert!(view["cases"].as_array().is_some_and(|c| c.len() >= 6), "{view}");
    }

    #[test]
    fn file_commands_take_only_a_live_token_never_a_path() {
        // Issue 13, F6: what an injected script would send.
        let refused = invoke(
            "export_case",
            serde_json::json!({ "caseId": "x", "path": "/root/.config/autostart/x.desktop", "passphrase": "p" }),
        );
        assert!(refused.is_err(), "a path is not an argument: {refused:?}");
        for (cmd, body) in [
            (
                "export_case",
                serde_json::json!({ "caseId": "x", "token": "/tmp/x.age", "passphrase": "paarse olifant" }),
            ),
            ("import_case", serde_json::json!({ "token": "0123456789abcdef", "passphrase": "paarse olifant" })),
            ("save_output_pdf", serde_json::json!({ "caseId": "x", "output": "verslag", "lang": "nl", "token": "" })),
            ("training_import", serde_json::json!({ "token": "/etc/passwd" })),
            ("pack_read", serde_json::json!({ "token": "/etc/passwd" })),
        ] {
            let err = invoke(cmd, body).expect_err("a forged token is refused");
            assert_eq!(err["code"], "error-file-token", "{cmd}: {err}");
        }
        let source = include_str!("commands.rs");
        assert!(!source.contains("PathBuf") && !source.contains("Path::new"), "no command takes a path");
    }

    #[test]
    fn navigation_stays_inside_the_app() {
        for allowed in ["tauri://localhost/", "tauri://localhost/index.html#case", "http://tauri.localhost/"] {
            assert!(is_app_origin(&allowed.parse().unwrap()), "{allowed} is the app itself");
        }
        for denied in [
            "https://example.org/",
            "http://localhost:8080/",
            "tauri://localhost.example.org/",
            "http://tauri.localhost:1234/",
            "file:///etc/passwd",
            "data:text/html,hi",
            "javascript:alert(1)",
            "about:blank",
        ] {
            assert!(!is_app_origin(&denied.parse().unwrap()), "{denied} must not be opened in the app window");
        }
    }
}
