//! Content validation: the shipped content loads, and broken content is refused with every
//! problem named by file and key.

use meldwijzer_protocol::{ContentError, ContentFile, Protocol};

fn files_with(replace: Option<(&str, &str, &str)>) -> Vec<(String, String)> {
    meldwijzer_app::content::files()
        .iter()
        .map(|(name, text)| {
            let mut text = text.to_string();
            if let Some((file, from, to)) = replace {
                if *name == file {
                    assert!(text.contains(from), "test setup: `{from}` is in {file}");
                    text = text.replacen(from, to, 1);
                }
            }
            (name.to_string(), text)
        })
        .collect()
}

fn load(files: &[(String, String)]) -> Result<Protocol, Vec<ContentError>> {
    let cf: Vec<ContentFile<'_>> = files.iter().map(|(n, t)| ContentFile { name: n, text: t }).collect();
    Protocol::load(&cf)
}

fn errors_after(file: &str, from: &str, to: &str) -> Vec<ContentError> {
    load(&files_with(Some((file, from, to)))).expect_err("broken content is refused")
}

#[test]
fn shipped_content_validates() {
    let p = load(&files_with(None)).unwrap_or_else(|e| {
        panic!("content errors:\n{}", e.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"))
    });
    assert_eq!(p.steps().len(), 5, "the meldcode has five steps");
    assert_eq!(p.questions().len(), 5, "the afwegingskader has five afwegingen");
    assert_eq!(
        p.contact("veilig-thuis").map(|c| c.number.as_str()),
        Some("0800-2000"),
        "Veilig Thuis is 0800-2000 (meldcode.md §6)"
    );
}

#[test]
fn an_unknown_key_is_refused_with_its_file_and_position() {
    let errs = errors_after(
        "steps.toml",
        "summary = \"step-gesprek-summary\"",
        "summary = \"step-gesprek-summary\"\nsumary = \"typo\"",
    );
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert_eq!(errs[0].file, "steps.toml");
    assert!(errs[0].message.contains("sumary"), "the message names the unknown key: {}", errs[0].message);
    assert!(errs[0].key.contains(':'), "a syntax-level error carries line:column, got {}", errs[0].key);
}

#[test]
fn an_unknown_source_is_refused() {
    let errs = errors_after("case.toml", "sources = [\"knmg-stap3\"]", "sources = [\"knmg-stap-drie\"]");
    assert!(
        errs.iter().any(|e| e.file == "case.toml"
            && e.key == "skip_reason[gevaar-client].sources"
            && e.message.contains("knmg-stap-drie")),
        "{errs:?}"
    );
}

#[test]
fn an_item_without_sources_is_refused() {
    let errs = errors_after(
        "contacts.toml",
        "number = \"112\"\nsources = [\"augeo-veilig-thuis\"]",
        "number = \"112\"\nsources = []",
    );
    assert!(errs.iter().any(|e| e.key == "contact[noodnummer].sources"), "{errs:?}");
}

#[test]
fn a_route_that_goes_backwards_or_nowhere_is_refused() {
    let errs = errors_after(
        "afwegingskader.toml",
        "answers.ja = { next = \"aanvaarden\" }",
        "answers.ja = { next = \"vermoeden\" }",
    );
    assert!(errs.iter().any(|e| e.key == "question[hulp].answers.ja.next"), "{errs:?}");
    let errs = errors_after(
        "afwegingskader.toml",
        "answers.nee = { outcome = \"afsluiten\" }",
        "answers.nee = { outcome = \"stoppen\" }",
    );
    assert!(
        errs.iter().any(|e| e.key == "question[vermoeden].answers.nee.outcome" && e.message.contains("stoppen")),
        "{errs:?}"
    );
}

#[test]
fn a_missing_answer_is_refused() {
    let errs = errors_after(
        "afwegingskader.toml",
        "answers.weet-niet = { outcome = \"raadpleeg-veilig-thuis\" }\n\n[[question]]\nid = \"veiligheid\"",
        "\n[[question]]\nid = \"veiligheid\"",
    );
    assert!(errs.iter().any(|e| e.key == "question[vermoeden].answers" && e.message.contains("weet-niet")), "{errs:?}");
}

#[test]
fn a_bad_date_and_a_duplicate_id_are_both_reported() {
    let mut files = files_with(Some(("steps.toml", "valid_from = \"2019-01-01\"", "valid_from = \"1-1-2019\"")));
    let case = files.iter_mut().find(|(n, _)| n == "case.toml").unwrap();
    case.1 = case.1.replacen("id = \"arts\"", "id = \"onderwijs\"", 1);
    let errs = load(&files).expect_err("refused");
    assert!(errs.iter().any(|e| e.file == "steps.toml" && e.key == "step[signalen].valid_from"), "{errs:?}");
    assert!(
        errs.iter().any(|e| e.file == "case.toml" && e.key == "field[onderwijs].id" && e.message.contains("duplicate")),
        "{errs:?}"
    );
}

#[test]
fn every_non_household_suspect_has_a_route_in_every_field() {
    let errs = errors_after(
        "routes.toml",
        "fields = [\"arts\", \"jeugdhulp\", \"sociaal-werk\", ",
        "fields = [\"arts\", \"jeugdhulp\", ",
    );
    assert!(errs.iter().any(|e| e.message.contains("`medewerker` in field `sociaal-werk`")), "{errs:?}");
}

#[test]
fn a_phone_number_lives_only_in_contacts() {
    // One source of truth: no .ftl file and no other content file spells a number out.
    let re_like = ["0800", "112", "0900"];
    for f in meldwijzer_tests::files_under("locales", &[".ftl"])
        .into_iter()
        .chain(meldwijzer_tests::files_under("content", &[".toml"]))
    {
        if f.ends_with("contacts.toml") {
            continue;
        }
        let text = std::fs::read_to_string(&f).unwrap();
        for line in text.lines().filter(|l| !l.trim_start().starts_with('#')) {
            for n in re_like {
                let hit = line.match_indices(n).any(|(i, _)| {
                    let before = line[..i].chars().last();
                    let after = line[i + n.len()..].chars().next();
                    !before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
                        && !after.is_some_and(|c| c.is_ascii_alphanumeric())
                });
                assert!(!hit, "{}: `{line}` spells out a phone number; use {{ $noodnummer }}, {{ $veilig-thuis }} or {{ $vertrouwensinspecteur }}", f.display());
            }
        }
    }
}

#[test]
fn an_acute_situation_marks_a_known_afweging_and_only_one_is_the_disclosure() {
    let errs = errors_after(
        "acute.toml",
        "id = \"bang-naar-huis\"\nlabel = \"situation-bang-naar-huis\"\nattention = \"veiligheid\"",
        "id = \"bang-naar-huis\"\nlabel = \"situation-bang-naar-huis\"\nattention = \"onveiligheid\"",
    );
    assert!(
        errs.iter().any(|e| e.file == "acute.toml"
            && e.key == "situation[bang-naar-huis].attention"
            && e.message.contains("onveiligheid")),
        "{errs:?}"
    );
    let errs = errors_after(
        "acute.toml",
        "label = \"situation-bang-naar-huis\"\n",
        "label = \"situation-bang-naar-huis\"\ndisclosure = true\n",
    );
    assert!(
        errs.iter().any(|e| e.file == "acute.toml" && e.key == "situation" && e.message.contains("disclosure")),
        "{errs:?}"
    );
}

#[test]
fn a_red_flag_cannot_be_the_disclosure() {
    let errs =
        errors_after("acute.toml", "label = \"red-flag-wapens\"\n", "label = \"red-flag-wapens\"\ndisclosure = true\n");
    assert!(errs.iter().any(|e| e.file == "acute.toml" && e.key == "red_flag[wapens].disclosure"), "{errs:?}");
}

#[test]
fn a_note_names_a_known_field_and_step_and_a_field_expects_known_consultations() {
    let errs = errors_after(
        "notes.toml",
        "field = \"arts\"\nstep = \"consultatie\"",
        "field = \"tandarts\"\nstep = \"overleg\"",
    );
    assert!(
        errs.iter().any(|e| e.file == "notes.toml"
            && e.key == "field_note[arts-consultatie].field"
            && e.message.contains("tandarts")),
        "{errs:?}"
    );
    assert!(
        errs.iter().any(|e| e.file == "notes.toml"
            && e.key == "field_note[arts-consultatie].step"
            && e.message.contains("overleg")),
        "{errs:?}"
    );
    let errs = errors_after("notes.toml", "step = \"gesprek\"\nminor = false", "step = \"praten\"\nminor = false");
    assert!(errs.iter().any(|e| e.key == "step_note[volwassene-wensen].step"), "{errs:?}");
    let errs = errors_after(
        "case.toml",
        "expects_consultations = [\"veilig-thuis-advies\", \"collega\"]",
        "expects_consultations = [\"veilig-thuis\", \"collega\"]",
    );
    assert!(
        errs.iter().any(|e| e.file == "case.toml"
            && e.key == "field[arts].expects_consultations"
            && e.message.contains("veilig-thuis")),
        "{errs:?}"
    );
}

#[test]
fn a_renamed_step_is_refused_because_the_case_model_records_data_per_step() {
    let errs = errors_after("steps.toml", "id = \"gesprek\"", "id = \"gesprekken\"");
    assert!(errs.iter().any(|e| e.file == "steps.toml" && e.message.contains("gesprekken")), "{errs:?}");
}

#[test]
fn who_said_the_words_is_content_with_sources_and_one_speaker_at_least_discloses() {
    let p = load(&files_with(None)).unwrap();
    let disclosing: Vec<&str> = p.speakers().iter().filter(|s| s.disclosure).map(|s| s.choice.id.as_str()).collect();
    assert_eq!(
        disclosing,
        vec!["betrokkene"],
        "only the possible victim's own words are a disclosure (meldcode.md §12)"
    );
    let errs = errors_after(
        "case.toml",
        "id = \"ouder\"\nlabel = \"speaker-ouder\"\nsources = [\"interventieacademie-afweging2\", \"augeo-veilig-thuis\"]\n",
        "id = \"ouder\"\nlabel = \"speaker-ouder\"\nsources = []\n",
    );
    assert!(errs.iter().any(|e| e.key.contains("speaker[ouder]")), "{errs:?}");
    let errs = errors_after(
        "case.toml",
        "label = \"speaker-betrokkene\"\ndisclosure = true\n",
        "label = \"speaker-betrokkene\"\n",
    );
    assert!(errs.iter().any(|e| e.key == "speaker" && e.message.contains("disclosure")), "{errs:?}");
}

#[test]
fn coercive_control_is_flagged_in_content_and_the_top3_plan_has_both_framings() {
    let p = load(&files_with(None)).unwrap();
    assert!(p.form("intieme-terreur").is_some_and(|f| f.coercive_control), "intieme terreur means dwingende controle");
    assert!(
        p.red_flags().iter().any(|m| m.coercive_control) && p.profile_indicators().iter().any(|i| i.coercive_control)
    );
    let errs = errors_after(
        "safety.toml",
        "id = \"met-het-gezin\"\ncoercive_control = false",
        "id = \"met-het-gezin\"\ncoercive_control = true",
    );
    assert!(
        errs.iter().any(|e| e.key == "safety_framing"),
        "one framing each, with and without coercive control: {errs:?}"
    );
    let errs = errors_after(
        "safety.toml",
        "text = \"safety-framing-met-het-slachtoffer\"\nsources = [\"hg-congres-intieme-terreur\", \"psyxpert-dynamisch-perspectief\", \"vt-nog-veiligheidsplan\"]",
        "text = \"safety-framing-met-het-slachtoffer\"\nsources = []",
    );
    assert!(errs.iter().any(|e| e.key.contains("safety_framing[met-het-slachtoffer]")), "{errs:?}");
}

/// Issue 16: a signal on a checklist describes what was seen, never a conclusion ("misbruik",
/// "onder druk", "valselijk"), and a hygiene signal counts only when it comes back and is not
/// taken up after it was discussed, so poverty is not read as neglect.
#[test]
fn signals_describe_what_was_seen_and_hygiene_counts_only_when_it_is_not_taken_up() {
    let p = meldwijzer_app::content::protocol().expect("content validates");
    for lang in ["nl", "en"] {
        let l = meldwijzer_l10n::Localizer::new(lang, Vec::new()).unwrap();
        let conclusions: &[&str] = if lang == "nl" {
            &["misbruik", "onder druk", "valselijk"]
        } else {
            &["abuse", "under pressure", "falsely"]
        };
        for s in p.signals() {
            let label = l.text(&s.choice.label).to_lowercase();
            for c in conclusions {
                assert!(!label.contains(c), "{lang}: signal `{}` states a conclusion ({c}): {label}", s.choice.id);
            }
        }
        for id in ["hygiene", "ouderen-hygiene"] {
            let s = p.signals().iter().find(|s| s.choice.id == id).unwrap();
            let label = l.text(&s.choice.label).to_lowercase();
            let (again, taken_up) =
                if lang == "nl" { ("herhaaldelijk", "niet opgepakt") } else { ("repeatedly", "not taken up") };
            assert!(label.contains(again) && label.contains(taken_up), "{lang}: {id}: {label}");
        }
    }
}

#[test]
fn the_inzage_content_is_checked_and_every_output_says_who_reads_its_file() {
    let e = errors_after("outputs.toml", "readers = [\"ouders\"]", "readers = [\"buren\"]");
    assert!(e.iter().any(|e| e.file == "outputs.toml" && e.message.contains("unknown reader `buren`")), "{e:?}");
    let e = errors_after("outputs.toml", "fields = [\"onderwijs\"]", "fields = [\"school\"]");
    assert!(e.iter().any(|e| e.message.contains("unknown field `school`")), "{e:?}");
    let e = errors_after("outputs.toml", "id = \"gevaar-zelf\"", "id = \"gevaar-buren\"");
    assert!(e.iter().any(|e| e.message.contains("unknown skip_reason `gevaar-buren`")), "{e:?}");
    let e = errors_after("outputs.toml", "id = \"overdracht\"\nfile", "id = \"brief\"\nfile");
    assert!(e.iter().any(|e| e.message.contains("unknown output `brief`")), "{e:?}");
    // Every output the app builds declares who may read the file it goes into.
    let p = load(&files_with(None)).unwrap();
    for kind in meldwijzer_protocol::case::OutputKind::ALL {
        let o = p.output_file(kind.id()).unwrap_or_else(|| panic!("outputs.toml declares `{}`", kind.id()));
        assert!(!o.readers.is_empty());
    }
}
