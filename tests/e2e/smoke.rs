//! The smallest journey: the window opens on the start screen with the case list.

use crate::harness::{Session, ELEMENT_TIMEOUT};

#[tokio::test]
async fn window_opens_on_the_case_list() {
    let session = Session::start("smoke").await;
    session
        .wait_for(r#"[data-testid="case-list"]"#, ELEMENT_TIMEOUT)
        .await;
    let title = session.client.title().await.expect("read the window title");
    assert_eq!(title, "Meldwijzer", "the page title names the app");
    session.screenshot("smoke-start-screen").await;
    session.finish().await;
}
