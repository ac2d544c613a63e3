//! The desktop's screen lock locks the vault: the app listens on D-Bus (src-tauri/src/
//! oslock.rs). The test gives the app a private session bus (`dbus-daemon`) and sends the
//! screen saver's `ActiveChanged` signal on it with `dbus-send`: `false` changes nothing,
//! `true` leaves only the unlock screen, without case text. (logind's PrepareForSleep and
//! Session.Lock come on the system bus, which a test cannot fake without root over the
//! machine's own bus; they take the same path in the app.)

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::harness::{
    click, display_a11y_bus, page_text, tid, type_into, wait_text, IsolatedHome, ProcessGroup, Session, ELEMENT_TIMEOUT,
};

const ALIAS: &str = "Schermslot Zuidpark";

fn send_active(address: &str, active: bool) {
    let status = Command::new("dbus-send")
        .env("DBUS_SESSION_BUS_ADDRESS", address)
        .args([
            "--session",
            "--type=signal",
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver.ActiveChanged",
        ])
        .arg(format!("boolean:{active}"))
        .status()
        .expect("run dbus-send");
    assert!(status.success(), "dbus-send failed");
}

/// The private bus: a session bus that starts no services. With the standard session
/// configuration, GTK's request for the accessibility bus (`org.a11y.Bus`) started
/// at-spi-bus-launcher, which wrote its address onto the shared X display's root window
/// (`AT_SPI_BUS`) and left it there after this journey: every later app and web process on
/// that display then used a dead accessibility bus (see `harness::display_a11y_bus`).
const PRIVATE_BUS: &str = r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"#;

#[tokio::test]
async fn the_desktops_screen_lock_locks_the_vault() {
    let display_before = display_a11y_bus();
    let bus_home = IsolatedHome::new("oslock-bus");
    let config = bus_home.path.join("bus.conf");
    std::fs::write(&config, PRIVATE_BUS).unwrap();
    let mut command = Command::new("dbus-daemon");
    command
        .arg(format!("--config-file={}", config.display()))
        .args(["--nofork", "--print-address=1"])
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit());
    bus_home.apply(&mut command);
    let mut bus = ProcessGroup::spawn(command).expect("start a private dbus-daemon");
    let mut address = String::new();
    BufReader::new(bus.child().stdout.take().unwrap()).read_line(&mut address).unwrap();
    let address = address.trim().to_string();
    assert!(address.starts_with("unix:"), "dbus-daemon address: {address}");

    let s = Session::start_with("oslock", &[("DBUS_SESSION_BUS_ADDRESS", address.as_str())]).await;
    s.set_up_vault().await;
    click(&s, "new-case-button").await;
    type_into(&s, "newcase-alias", ALIAS).await;
    click(&s, "field-onderwijs").await;
    click(&s, "subject-kind").await;
    click(&s, "suspect-huiselijke-kring").await;
    click(&s, "newcase-submit").await;
    s.wait_for(&tid("stepper"), ELEMENT_TIMEOUT).await;
    wait_text(&s, ALIAS).await;

    // The screen saver going off changes nothing.
    send_active(&address, false);
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert!(page_text(&s).await.contains(ALIAS), "ActiveChanged(false) must not lock");

    // The screen saver coming on locks: only the unlock screen is left.
    send_active(&address, true);
    s.wait_for(&tid("vault-unlock"), ELEMENT_TIMEOUT).await;
    let html = s.client.execute("return document.documentElement.outerHTML;", vec![]).await.unwrap();
    assert!(
        !html.as_str().unwrap_or_default().contains("Zuidpark"),
        "no case text left in the DOM after the screen lock"
    );
    s.screenshot("56-schermslot-vergrendeld").await;
    s.finish().await;
    bus.kill();
    assert_eq!(display_a11y_bus(), display_before, "this journey must leave the shared display as it found it");
}
