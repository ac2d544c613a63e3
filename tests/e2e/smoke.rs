//! The smallest journey: on first start the window opens on the vault's set-up screen, and
//! once the vault is set up it shows the case list.

use std::time::{Duration, Instant};

use crate::harness::{Session, ELEMENT_TIMEOUT};

#[tokio::test]
async fn window_opens_on_the_set_up_screen_then_the_case_list() {
    let session = Session::start("smoke").await;
    session.wait_for(r#"[data-testid="vault-setup"]"#, ELEMENT_TIMEOUT).await;

    // The window starts hidden and the UI shows it through `ui_ready` once it
    // has rendered; the shell's fallback would only show it after 5 s.
    let deadline = Instant::now() + Duration::from_secs(3);
    loop {
        let state = session
            .client
            .execute("return document.visibilityState", vec![])
            .await
            .expect("read document.visibilityState");
        if state == "visible" {
            break;
        }
        assert!(Instant::now() < deadline, "the UI must call `ui_ready` after its first render (window still {state})");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    session.screenshot("smoke-set-up-screen").await;
    session.set_up_vault().await;
    session.screenshot("smoke-start-screen").await;
    session.finish().await;
}
