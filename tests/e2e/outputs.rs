//! Outputs through the real window: the adviesvraag written beside the five steps, a name in
//! it flagged inline and fixed, the text copied through the backend and read back from the X
//! clipboard with `xclip`, saved as a PDF through the page's own flow (the native dialog's
//! answer comes from `MELDWIJZER_E2E_PICK`, as in `transfer.rs`; the warning that the file is
//! not encrypted comes first) and read back with `pdftotext`, page 1 rendered with `pdftoppm`,
//! the same text in English, the copy and the save in the timeline, and an overdue agreement
//! with Veilig Thuis first on the case list. Screenshots 50–56.
//!
//! Dates go into `<input type="date">` through script (WebDriver's keys only move between a
//! date input's segments); everything else is typed or clicked as a professional would.

use std::process::Command;
use std::time::{Duration, Instant};

use crate::harness::{
    click, click_centered, page_text, replace_text, screenshot_dir, tid, type_into, wait_text, PickFile, Session,
    ELEMENT_TIMEOUT,
};

async fn js(s: &Session, script: &str) -> serde_json::Value {
    s.js(script).await
}

/// The X clipboard as another program sees it.
fn xclip() -> String {
    let out = Command::new("xclip")
        .args(["-o", "-selection", "clipboard"])
        .output()
        .expect("run xclip (apt-get install xclip)");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

async fn preview_text(s: &Session) -> String {
    js(s, "const el = document.querySelector('[data-testid=\"output-text\"]'); return el ? el.textContent : '';")
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
}

async fn wait_preview(s: &Session, needle: &str) -> String {
    let deadline = Instant::now() + ELEMENT_TIMEOUT;
    loop {
        let text = preview_text(s).await;
        if text.contains(needle) {
            return text;
        }
        if Instant::now() > deadline {
            s.screenshot(&format!("{}-preview", s.name)).await;
            panic!("the preview never held `{needle}`:\n{text}");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn the_adviesvraag_is_written_checked_copied_to_the_x_clipboard_saved_as_pdf_and_logged_and_a_due_agreement_leads_the_list(
) {
    let pick = PickFile::new();
    let pick_env = pick.0.to_string_lossy().to_string();
    let s = Session::start_with("outputs", &[("MELDWIJZER_E2E_PICK", pick_env.as_str())]).await;
    s.set_up_vault().await;
    click(&s, "new-case-button").await;
    type_into(&s, "newcase-alias", "Uitvoer Zeeland").await;
    click(&s, "field-onderwijs").await;
    click(&s, "subject-kind").await;
    click(&s, "suspect-huiselijke-kring").await;
    click(&s, "newcase-submit").await;
    s.wait_for(&tid("stepper"), ELEMENT_TIMEOUT).await;

    // Step 5: an agreement with Veilig Thuis, due yesterday.
    click(&s, "step-beslissen").await;
    type_into(&s, "vt-agreement-0-what", "Terugbellen over de veiligheidsbeoordeling").await;
    js(
        &s,
        "const d = new Date(Date.now() - 86400000); const el = document.getElementById('vt-agreement-0-due');
            el.value = d.toISOString().slice(0, 10); el.dispatchEvent(new Event('input', { bubbles: true }));",
    )
    .await;
    click(&s, "melding-record-submit").await;
    wait_text(&s, "Aandacht").await;

    // Uitvoer, beside the five steps: the adviesvraag is the first output.
    click(&s, "nav-uitvoer").await;
    s.wait_for(&tid("adviesvraag-form"), ELEMENT_TIMEOUT).await;
    assert!(s.client.find(fantoccini::Locator::Css(&tid("stepper"))).await.is_ok(), "the five steps stay in view");
    // The editor says what the anonymisation check covers and what it cannot (issue 14).
    let scope = s.text_of(&tid("anon-scope"), ELEMENT_TIMEOUT).await;
    assert!(scope.contains("voornamen") && scope.contains("plaatsen") && scope.contains("ziet niet alles"), "{scope}");
    type_into(&s, "av-role", "Leerkracht groep 6").await;
    type_into(&s, "av-member-0-role", "moeder").await;
    type_into(&s, "av-member-0-age", "36").await;
    type_into(&s, "av-concern-0", "Blauwe plekken, twee keer deze maand.").await;
    type_into(&s, "av-concern-1", "Ik maak me zorgen om Jan van der Berg.").await;
    type_into(&s, "av-question", "Is een melding nodig, of kan ik met hulp verder?").await;
    click(&s, "av-submit").await;
    wait_preview(&s, "Is een melding nodig, of kan ik met hulp verder?").await;

    // The name is flagged inline, with the field it is in; the professional fixes it there.
    s.wait_for(&tid("anon-warning"), ELEMENT_TIMEOUT).await;
    let text = page_text(&s).await;
    assert!(text.contains("Mogelijk herkenbaar") && text.contains("Lijkt op een naam"), "{text}");
    js(&s, "const el = document.querySelector('[data-testid=\"anon-warning\"]'); if (el) el.scrollIntoView({ block: 'center' });").await;
    s.screenshot("50-adviesvraag-warning").await;
    replace_text(&s, "anon-fix", "Ik maak me zorgen om de vader (37).").await;
    click(&s, "anon-fix-submit").await;
    wait_preview(&s, "2. Ik maak me zorgen om de vader (37).").await;
    let deadline = Instant::now() + ELEMENT_TIMEOUT;
    while s.client.find(fantoccini::Locator::Css(&tid("anon-warning"))).await.is_ok() {
        assert!(Instant::now() < deadline, "the warning goes once the name is gone");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let preview = wait_preview(&s, "Veilig Thuis: 0800-2000").await;
    assert!(preview.contains("- moeder, 36 jaar"), "{preview}");
    assert!(preview.contains("Functie: Leerkracht groep 6"));
    assert!(preview.contains("Naam: (vertel ik in het gesprek)"));
    js(
        &s,
        "document.querySelector('.output-preview-title').scrollIntoView({ block: 'start' }); window.scrollBy(0, -110);",
    )
    .await;
    s.screenshot("51-adviesvraag").await;

    // Copy: the X clipboard holds exactly the text shown, written by the app from Rust.
    click(&s, "output-copy").await;
    wait_text(&s, "Gekopieerd. Over 30 seconden").await;
    let clip = xclip();
    assert_eq!(clip, preview, "the clipboard holds the text as shown");
    assert!(clip.starts_with("Vertrouwelijk\n\nAdviesvraag voor Veilig Thuis\n"));
    assert!(clip.trim_end().ends_with("Bij direct gevaar: 112."));

    // Typed and copied at once (well within the autosave's pause): the copy first sends what
    // is typed and waits for it, so the clipboard holds the new words, not the saved ones.
    type_into(&s, "av-question", " Graag vandaag nog.").await;
    click(&s, "output-copy").await;
    s.wait_until("the clipboard holds what was just typed", ELEMENT_TIMEOUT, async || {
        Ok(xclip().contains("verder? Graag vandaag nog.").then_some(()))
    })
    .await;

    // PDF opslaan: a cancelled dialog saves nothing; a chosen place first gets the warning
    // that the PDF is not encrypted, and nothing is written before "Opslaan als PDF".
    let dir = std::env::temp_dir().join(format!("meldwijzer-e2e-pdf-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("adviesvraag voor VT.pdf");
    std::fs::remove_file(&file).ok();
    pick.cancel();
    js(&s, "document.querySelector('[data-testid=\"output-pdf\"]').scrollIntoView({ block: 'center' });").await;
    click(&s, "output-pdf").await;
    wait_text(&s, "Je hebt geen plek gekozen. Er is niets opgeslagen.").await;
    pick.choose(&file);
    click(&s, "output-pdf").await;
    let warning = s.text_of(&tid("pdf-warning"), ELEMENT_TIMEOUT).await;
    assert!(warning.contains("Deze PDF is niet versleuteld") && warning.contains("dossier van de cliënt"), "{warning}");
    // The page knows the chosen file only by its name (issue 13, F6): never the folder.
    assert!(warning.contains("adviesvraag voor VT.pdf"), "the warning names the file: {warning}");
    assert!(!warning.contains(&dir.to_string_lossy().to_string()), "the path stays in Rust: {warning}");
    assert!(!file.exists(), "nothing is written before the professional confirms");
    s.screenshot("54-pdf-warning").await;
    click(&s, "pdf-save").await;
    wait_text(&s, "PDF opgeslagen: adviesvraag voor VT.pdf").await;
    js(&s, "document.querySelector('[data-testid=\"output-status\"]').scrollIntoView({ block: 'center' });").await;
    s.screenshot("56-pdf-saved").await;
    assert!(file.exists());
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&file)
        .arg("-")
        .output()
        .expect("run pdftotext (poppler-utils)");
    let pdf_text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(pdf_text.contains("Adviesvraag"), "{pdf_text}");
    assert!(
        pdf_text.contains("Is een melding nodig, of kan ik met hulp verder?") && pdf_text.contains("Pagina 1 van"),
        "{pdf_text}"
    );
    std::fs::create_dir_all(screenshot_dir()).unwrap();
    let page = screenshot_dir().join("55-pdf-page");
    let status = Command::new("pdftoppm")
        .args(["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile"])
        .arg(&file)
        .arg(&page)
        .status()
        .expect("run pdftoppm");
    assert!(status.success());
    std::fs::remove_dir_all(&dir).ok();

    // The same adviesvraag in English, while the app stays in Dutch. (Scrolled to the middle
    // first: at the top of the view the sticky bar would take the click.)
    js(&s, "document.querySelector('[data-testid=\"output-lang-en\"]').scrollIntoView({ block: 'center' });").await;
    click(&s, "output-lang-en").await;
    let en = wait_preview(&s, "Advice request to Veilig Thuis").await;
    assert!(en.contains("My question to Veilig Thuis"));
    assert!(page_text(&s).await.contains("Welke tekst?"), "the UI stays Dutch");

    // The timeline has the copy, and the overdue agreement. (The stepper scrolls on its own
    // when the window is too low for all of it; the button is scrolled into it first.)
    click_centered(&s, "nav-tijdlijn").await;
    s.wait_for(&tid("timeline"), ELEMENT_TIMEOUT).await;
    let text = page_text(&s).await;
    assert!(text.contains("Gekopieerd: Adviesvraag voor Veilig Thuis (Nederlands)"), "{text}");
    assert!(text.contains("Opgeslagen als pdf: Adviesvraag voor Veilig Thuis (Nederlands)"), "{text}");
    assert!(text.contains("Casus gestart"));
    assert!(text.contains("Te laat") && text.contains("Terugbellen over de veiligheidsbeoordeling"));
    s.screenshot("52-tijdlijn").await;

    // The case list: the overdue follow-up in a banner and on the case, which stands first.
    click(&s, "nav-back").await;
    s.wait_for(&tid("due-banner"), ELEMENT_TIMEOUT).await;
    let due = s.text_of(&tid("case-due"), ELEMENT_TIMEOUT).await;
    assert!(due.contains("Te laat") && due.contains("Afspraak met Veilig Thuis"), "{due}");
    s.screenshot("53-vervolgmomenten").await;
    s.finish().await;
}

/// Issue 16: with sexual abuse recorded and the father suspected, the leerlingdossier note is
/// refused in the real window with its reason; the professional chooses the reduced note, which
/// names nothing of the concern. Screenshots 57–58.
#[tokio::test]
async fn with_sexual_abuse_recorded_the_leerlingdossier_note_is_refused_with_its_reason_and_can_be_reduced() {
    let s = Session::start("inzage").await;
    s.set_up_vault().await;
    click(&s, "new-case-button").await;
    type_into(&s, "newcase-alias", "Inzage Linde").await;
    click(&s, "field-onderwijs").await;
    click(&s, "subject-kind").await;
    click(&s, "suspect-huiselijke-kring").await;
    click(&s, "newcase-submit").await;
    s.wait_for(&tid("stepper"), ELEMENT_TIMEOUT).await;

    // Step 1: the form and who is suspected.
    js(&s, "document.querySelector('[data-testid=\"form-seksueel-misbruik\"]').scrollIntoView({ block: 'center' });")
        .await;
    click(&s, "form-seksueel-misbruik").await;
    wait_text(&s, "Opgeslagen").await;
    js(&s, "document.querySelector('[data-testid=\"suspect-relation-ouder\"]').scrollIntoView({ block: 'center' });")
        .await;
    click(&s, "suspect-relation-ouder").await;
    let deadline = Instant::now() + ELEMENT_TIMEOUT;
    while js(
        &s,
        "const el = document.querySelector('[data-testid=\"suspect-relation-ouder\"]'); return !!(el && el.checked);",
    )
    .await
    .as_bool()
        != Some(true)
    {
        assert!(Instant::now() < deadline, "the relation is recorded");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // Uitvoer: choose the leerlingdossier note; it is refused, with the reason.
    click(&s, "nav-uitvoer").await;
    s.wait_for(&tid("output-leerlingdossier"), ELEMENT_TIMEOUT).await;
    js(&s, "document.querySelector('[data-testid=\"output-leerlingdossier\"]').scrollIntoView({ block: 'center' });")
        .await;
    click(&s, "output-leerlingdossier").await;
    let refused = s.text_of(&tid("output-refused"), ELEMENT_TIMEOUT).await;
    assert!(refused.contains("Het leerlingdossier kan worden ingezien door de ouders"), "{refused}");
    assert!(refused.contains("Seksueel misbruik"), "{refused}");
    assert!(refused.contains("de vermoedelijke pleger is een ouder of verzorger"), "{refused}");
    let copy_disabled =
        js(&s, "return document.querySelector('[data-testid=\"output-copy\"]').disabled;").await.as_bool();
    assert_eq!(copy_disabled, Some(true), "a refused note cannot be copied");
    js(&s, "document.querySelector('[data-testid=\"output-refused\"]').scrollIntoView({ block: 'center' });").await;
    s.screenshot("57-leerlingdossier-geweigerd").await;

    // The reduced note, by choice: what was left out and where the full record is; nothing of
    // the concern.
    js(&s, "document.querySelector('[data-testid=\"output-reduced\"]').scrollIntoView({ block: 'center' });").await;
    click(&s, "output-reduced").await;
    let note = wait_preview(&s, "Beperkte notitie").await;
    assert!(note.contains("Notitie leerlingdossier (beperkt)"), "{note}");
    assert!(note.contains("afgeschermd bij de aandachtsfunctionaris"), "{note}");
    for absent in ["Seksueel", "ouder of verzorger", "uitgesteld"] {
        assert!(!note.contains(absent), "the reduced note holds no {absent:?}:\n{note}");
    }
    js(
        &s,
        "document.querySelector('.output-preview-title').scrollIntoView({ block: 'start' }); window.scrollBy(0, -110);",
    )
    .await;
    s.screenshot("58-leerlingdossier-beperkt").await;
    s.finish().await;
}

/// Issue 16: a decision is dated as it happened. Taken today while the advice of Veilig Thuis it
/// rests on is dated tomorrow, it gets a warning; stating the decision's date clears it, and
/// the verslag prints the stated date. Screenshots 59–60.
#[tokio::test]
async fn a_decision_dated_before_the_advice_it_rests_on_is_warned_about_until_its_date_is_stated() {
    let s = Session::start("dates").await;
    s.set_up_vault().await;
    click(&s, "new-case-button").await;
    type_into(&s, "newcase-alias", "Datum Es").await;
    click(&s, "field-onderwijs").await;
    click(&s, "subject-kind").await;
    click(&s, "suspect-huiselijke-kring").await;
    click(&s, "newcase-submit").await;
    s.wait_for(&tid("stepper"), ELEMENT_TIMEOUT).await;

    // Step 2: the advice of Veilig Thuis, dated tomorrow (a new consultation starts at today).
    click(&s, "step-consultatie").await;
    click(&s, "consultation-veilig-thuis-advies").await;
    let today =
        js(&s, "return document.getElementById('cons-new-date').value;").await.as_str().unwrap_or_default().to_string();
    assert_eq!(today.len(), 10, "a new consultation starts with today's date: {today:?}");
    let tomorrow = js(
        &s,
        "const d = new Date(Date.now() + 86400000); const p = (n) => String(n).padStart(2, '0');
         const v = `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
         const el = document.getElementById('cons-new-date'); el.value = v;
         el.dispatchEvent(new Event('input', { bubbles: true })); return v;",
    )
    .await
    .as_str()
    .unwrap_or_default()
    .to_string();
    type_into(&s, "consultation-outcome", "Melden.").await;
    click(&s, "consultation-submit").await;
    wait_text(&s, "Melden.").await;

    // Step 5: decided today, shown with today's date, and warned about.
    click(&s, "step-beslissen").await;
    s.wait_for(&tid("route-panel"), ELEMENT_TIMEOUT).await;
    type_into(&s, "decision-reason-melden", "Structurele onveiligheid.").await;
    click(&s, "decision-melden-ja").await;
    assert_eq!(
        s.on_element(&tid("decision-date-melden"), "read", async |e| e.prop("value").await).await.unwrap_or_default(),
        today,
        "the date defaults to the day it was clicked"
    );
    let warning = s.text_of(&tid("date-warnings"), ELEMENT_TIMEOUT).await;
    assert!(
        warning.contains("Beslissing 1 is gedateerd op") && warning.contains("Veilig Thuis (advies, anoniem)"),
        "{warning}"
    );
    js(&s, "document.querySelector('[data-testid=\"date-warnings\"]').scrollIntoView({ block: 'center' });").await;
    s.screenshot("59-beslissing-datum-waarschuwing").await;

    // The professional states the date it was decided: the warning goes.
    js(
        &s,
        &format!(
            "const el = document.getElementById('decision-date-melden'); el.value = '{tomorrow}';
             el.dispatchEvent(new Event('change', {{ bubbles: true }}));"
        ),
    )
    .await;
    let deadline = Instant::now() + ELEMENT_TIMEOUT;
    while s.client.find(fantoccini::Locator::Css(&tid("date-warnings"))).await.is_ok() {
        assert!(Instant::now() < deadline, "the warning goes once the date is stated");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    js(&s, "document.querySelector('[data-testid=\"decision-date-melden\"]').scrollIntoView({ block: 'center' });")
        .await;
    s.screenshot("60-beslissing-datum-vastgelegd").await;

    // The timeline has the stated date beside the moment it was stated.
    click(&s, "nav-tijdlijn").await;
    s.wait_for(&tid("timeline"), ELEMENT_TIMEOUT).await;
    let text = page_text(&s).await;
    assert!(text.contains("Datum van beslissing 1:"), "{text}");
    s.finish().await;
}

/// Issue 16: what the records were missing is asked where it is recorded and reaches the
/// outputs: protective factors and other professionals in the adviesvraag, the client's
/// objections and how they were met in the verslag, the date a step was completed in its
/// footer. Screenshot 69.
#[tokio::test]
async fn protective_factors_other_professionals_objections_and_a_step_date_reach_the_records() {
    let s = Session::start("records").await;
    s.set_up_vault().await;
    click(&s, "new-case-button").await;
    type_into(&s, "newcase-alias", "Volledig Wilg").await;
    click(&s, "field-onderwijs").await;
    click(&s, "subject-kind").await;
    click(&s, "suspect-huiselijke-kring").await;
    click(&s, "newcase-submit").await;
    s.wait_for(&tid("stepper"), ELEMENT_TIMEOUT).await;

    // Step 1 done: its date defaults to today and can be stated.
    js(&s, "document.querySelector('[data-testid=\"step-done-button\"]').scrollIntoView({ block: 'center' });").await;
    click(&s, "step-done-button").await;
    let today = s.on_element(&tid("step-date"), "read", async |e| e.prop("value").await).await.unwrap_or_default();
    assert_eq!(today.len(), 10, "the completion date defaults to today: {today:?}");

    // Step 5: the client's objections and how they were met.
    click(&s, "step-beslissen").await;
    type_into(&s, "objections-met", "Moeder was boos; uitgelegd wat Veilig Thuis doet.").await;
    click(&s, "melding-record-submit").await;
    wait_text(&s, "Opgeslagen").await;

    // Uitvoer: the adviesvraag asks for protective factors and other professionals.
    click(&s, "nav-uitvoer").await;
    s.wait_for(&tid("adviesvraag-form"), ELEMENT_TIMEOUT).await;
    type_into(&s, "av-protective", "Oma haalt de kinderen op.").await;
    type_into(&s, "av-others", "Jeugdarts op school.").await;
    click(&s, "av-submit").await;
    let text = wait_preview(&s, "Oma haalt de kinderen op.").await;
    assert!(text.contains("Beschermende factoren\nOma haalt de kinderen op."), "{text}");
    assert!(text.contains("Andere professionals betrokken\nJeugdarts op school."), "{text}");

    // The verslag: the objections, and step 1 completed on its date.
    js(&s, "document.querySelector('[data-testid=\"output-verslag\"]').scrollIntoView({ block: 'center' });").await;
    click(&s, "output-verslag").await;
    let text = wait_preview(&s, "Bezwaren en hoe je daarop inging").await;
    assert!(
        text.contains("Bezwaren en hoe je daarop inging: Moeder was boos; uitgelegd wat Veilig Thuis doet."),
        "{text}"
    );
    assert!(text.contains("Status: Afgerond op"), "{text}");
    js(
        &s,
        "document.querySelector('.output-preview-title').scrollIntoView({ block: 'start' }); window.scrollBy(0, -110);",
    )
    .await;
    s.screenshot("69-verslag-volledig").await;
    s.finish().await;
}
