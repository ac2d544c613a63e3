//! Leak test through the real window: a unique marker typed into every field the UI offers
//! must not be readable anywhere under the session's throw-away HOME (vault and its -wal,
//! -shm and lock files, settings, the webview's data and cache, temp) once the app has quit,
//! in UTF-8, UTF-16 or base64. A positive control shows the scan finds the marker when it is
//! there. Under WebDriver the webview is not incognito (see `create_main_window` in
//! `src-tauri/src/lib.rs`), so its own storage is on disk and part of the scan.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::harness::{click, click_centered, tid, type_into, wait_text, PickFile};
use crate::harness::{Session, ELEMENT_TIMEOUT};

/// Every case as the backend has it, as JSON text (through the app's own commands).
async fn saved_case(s: &Session) -> String {
    let script = "const done = arguments[0]; const inv = window.__TAURI__.core.invoke;
        inv('list_cases', { offset: 0, limit: 50 })
          .then((l) => Promise.all(l.cases.map((c) => inv('open_case', { caseId: c.id }))))
          .then((vs) => done(JSON.stringify(vs.map((v) => v.case))), (e) => done('ERR ' + e.code));";
    s.client.execute_async(script, vec![]).await.expect("open_case").as_str().unwrap_or_default().to_string()
}

/// Types into the element with this CSS id (for fields without a test id).
async fn type_into_id(s: &Session, id: &str, text: &str) {
    let css = format!("#{id}");
    s.wait_until(&format!("type into #{id}"), ELEMENT_TIMEOUT, async || {
        s.client.find(fantoccini::Locator::Css(&css)).await?.send_keys(text).await.map(Some)
    })
    .await
}

/// `LEKTEST-` and 16 random hex digits from the kernel.
pub(crate) fn fresh_marker() -> String {
    let mut bytes = [0u8; 8];
    std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut bytes)).expect("read /dev/urandom");
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("LEKTEST-{hex}")
}

const STD: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Plain base64 without padding.
fn base64(data: &[u8], alphabet: &[u8; 64]) -> String {
    let mut out = String::new();
    for chunk in data.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..=chunk.len() {
            out.push(alphabet[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

/// What the marker looks like on disk in each encoding the scan looks for: UTF-8, UTF-16LE,
/// UTF-16BE, and base64 (standard and URL-safe) at each of the 3 alignments, keeping only the
/// characters that depend on the marker's bytes alone.
fn needles(marker: &str) -> Vec<(String, Vec<u8>)> {
    let m = marker.as_bytes();
    let mut out = vec![
        ("utf-8".to_string(), m.to_vec()),
        ("utf-16le".to_string(), marker.encode_utf16().flat_map(u16::to_le_bytes).collect()),
        ("utf-16be".to_string(), marker.encode_utf16().flat_map(u16::to_be_bytes).collect()),
    ];
    for (name, alphabet) in [("base64", STD), ("base64url", URL)] {
        for shift in 0..3usize {
            let mut data = vec![0u8; shift];
            data.extend_from_slice(m);
            let encoded = base64(&data, alphabet);
            let start = (8 * shift).div_ceil(6);
            let end = 8 * (shift + m.len()) / 6;
            out.push((format!("{name}@{shift}"), encoded.as_bytes()[start..end].to_vec()));
        }
    }
    out
}

/// What a scan found: files and bytes looked at, and every hit as (file, encoding).
#[derive(Debug, Default)]
pub(crate) struct Scan {
    pub(crate) files: Vec<(PathBuf, u64)>,
    pub(crate) bytes: u64,
    pub(crate) hits: Vec<(PathBuf, String)>,
}

/// Reads every regular file under `root` (symlinks are not followed) and looks for every
/// needle; a file name holding the marker counts as a hit too.
pub(crate) fn scan(root: &Path, marker: &str) -> Scan {
    let needles = needles(marker);
    let mut result = Scan::default();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("read {}: {e}", dir.display())).flatten() {
            let path = entry.path();
            if path.file_name().is_some_and(|n| n.to_string_lossy().contains(marker)) {
                result.hits.push((path.clone(), "file name".into()));
            }
            let Ok(meta) = std::fs::symlink_metadata(&path) else { continue };
            if meta.is_dir() {
                stack.push(path);
            } else if meta.is_file() {
                let data = std::fs::read(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
                result.bytes += data.len() as u64;
                for (name, needle) in &needles {
                    let count = data.windows(needle.len()).filter(|w| w == needle).count();
                    for _ in 0..count {
                        result.hits.push((path.clone(), name.clone()));
                    }
                }
                result.files.push((path, data.len() as u64));
            }
        }
    }
    result.files.sort();
    result
}

#[test]
fn the_scan_finds_the_marker_in_every_encoding_it_claims() {
    let dir = std::env::temp_dir().join(format!("meldwijzer-scan-selftest-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let marker = fresh_marker();
    let needles = needles(&marker);
    // Each encoding in its own file, with bytes around it so base64 alignments are real.
    for (i, (_, needle)) in needles.iter().enumerate() {
        let mut data = b"xx".to_vec();
        data.extend_from_slice(needle);
        data.extend_from_slice(b"yy");
        std::fs::write(dir.join(format!("{i}.bin")), data).unwrap();
    }
    // A real base64 encoder's output of a record holding the marker at each offset.
    for shift in 0..3 {
        let mut record = b"ab".repeat(shift);
        record.extend_from_slice(format!("{{\"alias\":\"{marker}-x\"}}").as_bytes());
        std::fs::write(dir.join(format!("b64-{shift}.txt")), base64(&record, STD)).unwrap();
    }
    let found = scan(&dir, &marker);
    for (name, _) in &needles {
        assert!(found.hits.iter().any(|(_, n)| n == name), "the scan misses {name}: {:?}", found.hits);
    }
    for shift in 0..3 {
        let file = dir.join(format!("b64-{shift}.txt"));
        assert!(found.hits.iter().any(|(p, _)| *p == file), "the scan misses base64 at offset {shift}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn a_marker_in_every_field_leaves_nothing_readable_on_disk() {
    let marker = fresh_marker();
    let m = |field: &str| format!("{marker} {field}");
    // The pack file sits outside the session's home (the scan covers the home only); the
    // native dialog's answer comes from MELDWIJZER_E2E_PICK.
    let pick = PickFile::new();
    let pick_env = pick.0.to_string_lossy().to_string();
    let s = Session::start_with("leak", &[("MELDWIJZER_E2E_PICK", pick_env.as_str())]).await;
    s.set_up_vault().await;

    // The case and step 1: alias, an observation's fact and interpretation.
    click(&s, "new-case-button").await;
    type_into(&s, "newcase-alias", &m("alias")).await;
    click(&s, "field-onderwijs").await;
    click(&s, "subject-kind").await;
    click(&s, "suspect-huiselijke-kring").await;
    click(&s, "newcase-submit").await;
    s.wait_for(&tid("stepper"), ELEMENT_TIMEOUT).await;
    type_into(&s, "observation-fact", &m("feit")).await;
    type_into(&s, "observation-interpretation", &m("interpretatie")).await;
    click(&s, "observation-submit").await;
    wait_text(&s, &m("feit")).await;

    // A child's literal words and the question asked, through Acuut.
    click(&s, "acute-button").await;
    s.wait_for(&tid("acute-panel"), ELEMENT_TIMEOUT).await;
    click(&s, "disclosure-button").await;
    type_into(&s, "disclosure-words", &m("woorden")).await;
    type_into(&s, "disclosure-question", &m("vraag")).await;
    click(&s, "disclosure-speaker-betrokkene").await;
    type_into(&s, "disclosure-who", &m("wie")).await;
    type_into(&s, "disclosure-context", &m("waar")).await;
    click_centered(&s, "disclosure-submit").await;
    wait_text(&s, &m("woorden")).await;

    // Step 2: a consultation.
    click(&s, "step-consultatie").await;
    click(&s, "consultation-collega").await;
    type_into(&s, "consultation-with", &m("overleg-met")).await;
    type_into(&s, "consultation-outcome", &m("overleg-uitkomst")).await;
    click(&s, "consultation-submit").await;
    wait_text(&s, &m("overleg-met")).await;

    // Step 3: a conversation.
    click(&s, "step-gesprek").await;
    type_into(&s, "conversation-with", &m("gesprek-met")).await;
    type_into(&s, "conversation-view", &m("gesprek-visie")).await;
    type_into(&s, "conversation-agreements", &m("gesprek-afspraken")).await;
    click(&s, "conversation-submit").await;
    wait_text(&s, &m("gesprek-met")).await;

    // Step 4: two afwegingen with reasons (autosaved).
    click(&s, "step-wegen").await;
    click(&s, "answer-vermoeden-ja").await;
    type_into(&s, "reason-vermoeden", &m("afweging-vermoeden")).await;
    click(&s, "answer-veiligheid-ja").await;
    type_into(&s, "reason-veiligheid", &m("afweging-veiligheid")).await;

    // Step 4: help is possible and accepted, so afweging 5 becomes a follow-up; it gets a
    // note (a date input cannot be typed into through WebDriver: its value is set on the page).
    click(&s, "answer-hulp-ja").await;
    click(&s, "answer-aanvaarden-ja").await;
    s.wait_for("#followup-resultaat-due", ELEMENT_TIMEOUT).await;
    s.client
        .execute("const d = document.getElementById('followup-resultaat-due'); d.value = '2027-01-15'; d.dispatchEvent(new Event('input', { bubbles: true })); return null;", vec![])
        .await
        .expect("set the follow-up date");
    type_into_id(&s, "followup-resultaat-note", &m("vervolg")).await;
    click(&s, "followup-resultaat-submit").await;

    // Step 5: a decision with its reason.
    click(&s, "step-beslissen").await;
    s.wait_for(&tid("route-panel"), ELEMENT_TIMEOUT).await;
    type_into(&s, "decision-reason-melden", &m("besluit-melden")).await;
    click(&s, "decision-melden-ja").await;
    type_into(&s, "decision-reason-hulp", &m("besluit-hulp")).await;
    click(&s, "decision-hulp-ja").await;

    // Step 5: what was done (help, and why the client was not told).
    type_into(&s, "actions-help", &m("acties-hulp")).await;
    click(&s, "informed-no").await;
    type_into_id(&s, "actions-informed-reason", &m("acties-niet-verteld")).await;
    click(&s, "actions-submit").await;

    // Around the melding: whom was informed, an attempt to reach, an agreement with Veilig Thuis.
    type_into(&s, "attempt-0-how", &m("poging")).await;
    type_into(&s, "vt-agreement-0-what", &m("vt-afspraak")).await;
    click(&s, "melding-record-submit").await;
    wait_text(&s, "Opgeslagen").await;

    // Uitvoer: the adviesvraag's own fields and the plain-language summary.
    click(&s, "nav-uitvoer").await;
    type_into(&s, "av-name", &m("av-naam")).await;
    type_into(&s, "av-member-0-role", &m("av-gezin")).await;
    type_into(&s, "av-concern-0", &m("av-zorg")).await;
    type_into(&s, "av-question", &m("av-vraag")).await;
    click_centered(&s, "av-submit").await;
    click_centered(&s, "output-eenvoudig").await;
    click_centered(&s, "plain-enabled").await;
    type_into(&s, "plain-worries", &m("eenvoudig-zorg")).await;
    click_centered(&s, "plain-submit").await;
    click_centered(&s, "nav-tijdlijn").await;
    click_centered(&s, "step-beslissen").await;

    // Close the case with a reason.
    click(&s, "close-case-button").await;
    type_into(&s, "close-reason", &m("afsluiten")).await;
    click(&s, "close-in-dossier").await;
    click(&s, "close-submit").await;
    s.wait_for(&tid("reopen-button"), ELEMENT_TIMEOUT).await;
    s.screenshot("60-lektest-gesloten").await;

    // A second case, for an adult with an oudersignaal: the Kindcheck closed with a note.
    click(&s, "nav-cases-button").await;
    click(&s, "new-case-button").await;
    type_into(&s, "newcase-alias", &m("alias-2")).await;
    click(&s, "field-arts").await;
    click(&s, "subject-volwassene").await;
    click(&s, "suspect-huiselijke-kring").await;
    click(&s, "newcase-submit").await;
    s.wait_for(&tid("kindcheck"), ELEMENT_TIMEOUT).await;
    click(&s, "kindcheck-trigger-verslaving").await;
    click(&s, "kindcheck-start-volledig").await;
    click(&s, "kindcheck-oudersignalen-ja").await;
    click(&s, "kindcheck-zorgt-voor-kinderen-nee").await;
    type_into(&s, "kindcheck-note", &m("kindcheck-notitie")).await;
    click(&s, "kindcheck-close").await;
    s.wait_for(&tid("kindcheck-closed"), ELEMENT_TIMEOUT).await;

    // Every marked field reached the vault, so the scan below looks at real data.
    let fields = [
        "alias",
        "feit",
        "interpretatie",
        "woorden",
        "vraag",
        "overleg-met",
        "overleg-uitkomst",
        "gesprek-met",
        "gesprek-visie",
        "gesprek-afspraken",
        "afweging-vermoeden",
        "afweging-veiligheid",
        "besluit-melden",
        "besluit-hulp",
        "afsluiten",
        "wie",
        "waar",
        "vervolg",
        "acties-hulp",
        "acties-niet-verteld",
        "alias-2",
        "kindcheck-notitie",
        "poging",
        "vt-afspraak",
        "av-naam",
        "av-gezin",
        "av-zorg",
        "av-vraag",
        "eenvoudig-zorg",
    ];
    let deadline = std::time::Instant::now() + ELEMENT_TIMEOUT;
    loop {
        let case = saved_case(&s).await;
        let missing: Vec<_> = fields.iter().filter(|f| !case.contains(&m(f))).collect();
        if missing.is_empty() {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "not saved in the vault: {missing:?} (case: {case})");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }

    // An organisation pack with the marker in its name and its aandachtsfunctionaris,
    // imported (unsigned, explicitly accepted) and shown: it lives in the vault, sealed.
    let school = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../content/packs/organisations/school-de-vlinderboom.toml"),
    )
    .unwrap();
    let unsigned = &school[..school.find("# meldwijzer-pack-signature").unwrap()];
    let pack = unsigned
        .replace("name = \"Basisschool De Vlinderboom (fictief)\"", &format!("name = \"{}\"", m("pakket")))
        .replace("role = \"Intern begeleider, aandachtsfunctionaris\"", &format!("role = \"{}\"", m("pakket-af")));
    let pack_file = pick.0.with_extension("toml");
    std::fs::write(&pack_file, pack).unwrap();
    pick.choose(&pack_file);
    click(&s, "nav-cases-button").await;
    s.wait_for(&tid("pack-line"), ELEMENT_TIMEOUT).await;
    click_centered(&s, "packs-button").await;
    click(&s, "pack-import").await;
    click(&s, "pack-accept-unsigned").await;
    click(&s, "pack-confirm").await;
    wait_text(&s, &m("pakket")).await;
    click(&s, "packs-close").await;
    wait_text(&s, &format!("Pakket: {} ·", m("pakket"))).await;
    std::fs::remove_file(&pack_file).unwrap();

    // Quit the app (the session's end), keep its home and scan it.
    let home = s.finish_keeping_home().await;
    let found = scan(&home.path, &marker);
    let names: Vec<_> = found
        .files
        .iter()
        .filter(|(p, _)| !p.to_string_lossy().contains("mesa_shader_cache"))
        .map(|(p, n)| format!("{} ({n} B)", p.strip_prefix(&home.path).unwrap().display()))
        .collect();
    println!(
        "leak scan: {} marked fields, {} files, {} bytes scanned, {} needles, {} hits; besides Mesa's shader cache:\n  {}",
        fields.len(),
        found.files.len(),
        found.bytes,
        needles(&marker).len(),
        found.hits.len(),
        names.join("\n  ")
    );
    let vault = home.path.join("data/meldwijzer/vault.db");
    assert!(found.files.iter().any(|(p, n)| *p == vault && *n > 0), "the scan covered the vault");
    assert!(
        found.files.iter().any(|(p, _)| !p.starts_with(home.path.join("data/meldwijzer/"))
            && (p.starts_with(home.path.join("data")) || p.starts_with(home.path.join("cache")))),
        "the scan covered the webview's own data or cache: {names:?}"
    );
    assert!(found.hits.is_empty(), "the marker is readable on disk: {:?}", found.hits);

    // Positive control: the same scan over the same directory finds a plaintext marker.
    let control = home.path.join("tmp/positive-control.txt");
    std::fs::write(&control, format!("plaintext store: {}\n", m("alias"))).unwrap();
    let again = scan(&home.path, &marker);
    assert_eq!(again.hits, vec![(control, "utf-8".to_string())], "the scan finds a plaintext marker");
    println!("positive control: {} hit in {} files", again.hits.len(), again.files.len());
}
