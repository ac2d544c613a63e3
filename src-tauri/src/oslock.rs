//! Locking when the operating system locks the screen or goes to sleep (Linux).
//!
//! Tauri does not report screen lock or suspend on Linux, so the shell listens on D-Bus
//! itself, through GIO (already in the build for GTK; no new dependency tree):
//!
//! * system bus: logind's `org.freedesktop.login1.Manager.PrepareForSleep(true)` (suspend or
//!   hibernate) and `org.freedesktop.login1.Session.Lock` (`loginctl lock-session`; any
//!   session's, which errs on the side of locking);
//! * session bus: `ActiveChanged(true)` of the screen savers that desktops provide
//!   (`org.freedesktop.ScreenSaver`, `org.gnome.ScreenSaver`, `org.cinnamon.ScreenSaver`,
//!   `org.mate.ScreenSaver`).
//!
//! Each sends the page `meldwijzer-lock-now`, as minimising does: the page saves what is
//! typed, then locks. Where there is no bus (a container, plain Xvfb without one), nothing is
//! subscribed and the idle lock still covers an unattended window. A sleep that starts
//! before the page has locked is not delayed (no logind inhibitor is taken): the page locks
//! on resume, behind the desktop's own lock screen.

use tauri::{AppHandle, Runtime};

/// Screen-saver interfaces whose `ActiveChanged(true)` locks the vault.
const SCREEN_SAVERS: &[&str] =
    &["org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver", "org.cinnamon.ScreenSaver", "org.mate.ScreenSaver"];

fn first_bool(params: &gio::glib::Variant) -> bool {
    params.get::<(bool,)>().is_some_and(|(b,)| b)
}

/// Subscribes to the signals above. Call on the main thread (in `setup`): the callbacks run
/// on its GLib main context, which Tauri's GTK loop drives. The buses are connected
/// asynchronously (`gio::bus_get`), so start-up does not wait for D-Bus: connecting, and
/// finding out that there is no session bus, happens while the first screen is drawn.
pub fn watch<R: Runtime>(app: &AppHandle<R>) {
    let handle = app.clone();
    gio::bus_get(gio::BusType::System, gio::Cancellable::NONE, move |system| {
        if let Ok(system) = system {
            watch_system(&system, &handle);
        }
    });
    let handle = app.clone();
    gio::bus_get(gio::BusType::Session, gio::Cancellable::NONE, move |session| {
        if let Ok(session) = session {
            watch_session(&session, &handle);
        }
    });
}

fn watch_system<R: Runtime>(system: &gio::DBusConnection, app: &AppHandle<R>) {
    let handle = app.clone();
    system.signal_subscribe(
        Some("org.freedesktop.login1"),
        Some("org.freedesktop.login1.Manager"),
        Some("PrepareForSleep"),
        Some("/org/freedesktop/login1"),
        None,
        gio::DBusSignalFlags::NONE,
        move |_, _, _, _, _, params| {
            if first_bool(params) {
                crate::send_to_page(&handle, crate::EVENT_LOCK_NOW);
            }
        },
    );
    let handle = app.clone();
    system.signal_subscribe(
        Some("org.freedesktop.login1"),
        Some("org.freedesktop.login1.Session"),
        Some("Lock"),
        None,
        None,
        gio::DBusSignalFlags::NONE,
        move |_, _, _, _, _, _| crate::send_to_page(&handle, crate::EVENT_LOCK_NOW),
    );
}

fn watch_session<R: Runtime>(session: &gio::DBusConnection, app: &AppHandle<R>) {
    for interface in SCREEN_SAVERS {
        let handle = app.clone();
        session.signal_subscribe(
            None,
            Some(interface),
            Some("ActiveChanged"),
            None,
            None,
            gio::DBusSignalFlags::NONE,
            move |_, _, _, _, _, params| {
                if first_bool(params) {
                    crate::send_to_page(&handle, crate::EVENT_LOCK_NOW);
                }
            },
        );
    }
}
