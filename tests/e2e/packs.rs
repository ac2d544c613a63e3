//! Packs through the real window (issue 15): import the Flevoland region pack and the example
//! school pack through the native dialog's stand-in, see who signed them, walk a case to step
//! 2 and step 5 and see the local contacts, the region's CSG in the Acuut panel and the line
//! on the case list; lock and unlock, and the packs are still there. An altered pack is
//! refused on the page with its located message.

use crate::harness::{
    click, click_centered, page_text, tid, type_into, wait_text, PickFile, Session, ELEMENT_TIMEOUT, PASSPHRASE,
    VAULT_TIMEOUT,
};

fn repo_file(rel: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(rel)
}

async fn scroll_to(s: &Session, id: &str) {
    let script = format!("document.querySelector('{}').scrollIntoView({{block: 'center'}}); return null;", tid(id));
    s.client.execute(&script, vec![]).await.unwrap();
}

async fn import(s: &Session, pick: &PickFile, rel: &str) {
    pick.choose(&repo_file(rel));
    click(s, "pack-import").await;
    s.wait_for(&tid("pack-confirm"), VAULT_TIMEOUT).await;
}

#[tokio::test]
async fn flevoland_and_a_school_pack_show_in_steps_2_and_5_and_survive_a_lock() {
    let pick = PickFile::new();
    let pick_env = pick.0.to_string_lossy().to_string();
    let s = Session::start_with("packs", &[("MELDWIJZER_E2E_PICK", pick_env.as_str())]).await;
    s.set_up_vault().await;
    wait_text(&s, "Geen pakket van je organisatie of regio.").await;

    // The packs dialog: an altered pack is refused with its place; then the two packs.
    click(&s, "packs-button").await;
    s.wait_for(&tid("packs-dialog"), ELEMENT_TIMEOUT).await;
    pick.choose(&repo_file("tests/packs/hostile/altered-after-signing.toml"));
    click(&s, "pack-import").await;
    wait_text(&s, "altered-after-signing.toml:98:1: De handtekening klopt niet").await;
    s.screenshot("90-pakket-veranderd-geweigerd").await;

    import(&s, &pick, "content/packs/regions/flevoland.toml").await;
    wait_text(&s, "8573 ae14 c3ff 7ce2 237d 9e98 b8f8 7f1a").await;
    wait_text(&s, "ontwikkelsleutel, alleen voor tests").await;
    s.screenshot("91-pakket-controleren").await;
    click(&s, "pack-confirm").await;
    wait_text(&s, "Ingelezen: Flevoland").await;
    import(&s, &pick, "content/packs/organisations/school-de-vlinderboom.toml").await;
    click(&s, "pack-confirm").await;
    wait_text(&s, "Ingelezen: Basisschool De Vlinderboom (fictief)").await;
    s.wait_for(&tid("pack-regio-flevoland"), ELEMENT_TIMEOUT).await;
    s.wait_for(&tid("pack-school-de-vlinderboom"), ELEMENT_TIMEOUT).await;
    s.screenshot("92-pakketten-ingelezen").await;
    click(&s, "packs-close").await;

    // A case: step 2 shows the aandachtsfunctionaris and Veilig Thuis Flevoland.
    click(&s, "new-case-button").await;
    type_into(&s, "newcase-alias", "Pakketkind").await;
    click(&s, "field-onderwijs").await;
    click(&s, "subject-kind").await;
    click(&s, "suspect-huiselijke-kring").await;
    click(&s, "newcase-submit").await;
    s.wait_for(&tid("stepper"), ELEMENT_TIMEOUT).await;
    click(&s, "step-consultatie").await;
    s.wait_for(&tid("pack-panel-consultatie"), ELEMENT_TIMEOUT).await;
    wait_text(&s, "Overleg met je aandachtsfunctionaris").await;
    wait_text(&s, "intern toestel 214").await;
    wait_text(&s, "Veilig Thuis Flevoland").await;
    scroll_to(&s, "pack-panel-consultatie").await;
    s.screenshot("93-stap2-aandachtsfunctionaris-en-veilig-thuis").await;

    // Step 5: what happens next in Flevoland, and the school's route.
    click(&s, "step-beslissen").await;
    s.wait_for(&tid("pack-next"), ELEMENT_TIMEOUT).await;
    wait_text(&s, "binnen 5 werkdagen").await;
    wait_text(&s, "gefaseerd samenwerken aan veiligheid").await;
    wait_text(&s, "De directeur wordt vóór een melding op de hoogte gebracht").await;
    scroll_to(&s, "pack-next").await;
    s.screenshot("94-stap5-wat-er-daarna-gebeurt").await;

    // Uitvoer: the organisation's name goes into "Over jou" only when the professional asks.
    click(&s, "nav-uitvoer").await;
    let org = "return document.getElementById('av-organisation').value;";
    assert_eq!(s.js(org).await.as_str(), Some(""), "not filled in by itself");
    click_centered(&s, "av-organisation-from-pack").await;
    // Saved in the case, in "Over jou" (the identified part) only.
    let saved = "const done = arguments[0]; const inv = window.__TAURI__.core.invoke;
        inv('list_cases', { offset: 0, limit: 1 }).then((l) => inv('open_case', { caseId: l.cases[0].id }))
          .then((v) => done(v.case.adviesvraag.asker.organisation), (e) => done('ERR ' + e.code));";
    s.wait_until("the organisation from the pack, saved", ELEMENT_TIMEOUT, async || {
        let v = s.client.execute_async(saved, vec![]).await?;
        Ok((v.as_str() == Some("Basisschool De Vlinderboom (fictief)")).then_some(()))
    })
    .await;
    scroll_to(&s, "av-organisation-from-pack").await;
    s.screenshot("94b-uitvoer-organisatie-uit-pakket").await;

    // Acuut: the region's CSG beside the national numbers.
    click(&s, "acute-button").await;
    s.wait_for(&tid("acute-pack"), ELEMENT_TIMEOUT).await;
    wait_text(&s, "Centrum Seksueel Geweld Flevoland").await;
    wait_text(&s, "0800-0188").await;
    scroll_to(&s, "acute-pack").await;
    s.screenshot("95-acuut-csg-regio").await;
    s.client
        .execute("document.querySelector('#acute-panel [data-close]').click(); return null;", vec![])
        .await
        .unwrap();

    // The case list's line.
    click(&s, "nav-cases-button").await;
    s.wait_for(&tid("case-list"), ELEMENT_TIMEOUT).await;
    wait_text(&s, "Pakket: Basisschool De Vlinderboom (fictief) · Flevoland").await;
    s.screenshot("96-lijst-met-pakketregel").await;

    // Lock and unlock: the packs are still there.
    click(&s, "lock-button").await;
    s.wait_for(&tid("vault-unlock"), ELEMENT_TIMEOUT).await;
    let locked = page_text(&s).await;
    assert!(!locked.contains("Vlinderboom") && !locked.contains("Flevoland"), "locked page shows a pack: {locked}");
    type_into(&s, "unlock-passphrase", PASSPHRASE).await;
    click(&s, "unlock-submit").await;
    s.wait_for(&tid("case-list"), VAULT_TIMEOUT).await;
    wait_text(&s, "Pakket: Basisschool De Vlinderboom (fictief) · Flevoland").await;
    s.screenshot("97-na-ontgrendelen-pakketten-er-nog").await;
    s.finish().await;
}
