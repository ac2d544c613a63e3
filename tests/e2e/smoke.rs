//! The smallest journey: the window opens on the start screen with the case list.

use std::time::{Duration, Instant};

use crate::harness::{Session, ELEMENT_TIMEOUT};

#[tokio::test]
async fn window_opens_on_the_case_list() {
    let session = Session::start("smoke").await;
    session
        .wait_for(r#"[data-testid="case-list"]"#, ELEMENT_TIMEOUT)
        .await;

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
        assert!(
            Instant::now() < deadline,
            "the UI must call `ui_ready` after its first render (window still {state})"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    session.screenshot("smoke-start-screen").await;
    session.finish().await;
}
