//! Organisation and region packs (issue 15): reading a pack file with a read cap, the problem
//! texts the app and `meldwijzer-pack` share, `cli` for `meldwijzer-pack`, and the `App`'s
//! pack use-cases (import through a file token, list, remove, and what a case screen shows).
//! The format and its validator are in `meldwijzer-packs`.

use std::io::{Read, Write};
use std::path::Path;

use chrono::NaiveDate;
use meldwijzer_l10n::Localizer;
use meldwijzer_packs::{sig, Pack, Problem, Signature};
use meldwijzer_protocol::Protocol;

use crate::ftl;

/// A problem as one line: `file:line:col: message`, or `file: message` for the whole file.
pub fn problem_text(l: &Localizer, file: &str, p: &Problem) -> String {
    let message = l.format(p.code, &p.args.iter().map(|(k, v)| (*k, v.clone())).collect::<Vec<_>>());
    if p.line == 0 {
        l.format(ftl("pack-problem-file"), &[("file", file.to_string()), ("message", message)])
    } else {
        l.format(
            ftl("pack-problem-at"),
            &[
                ("file", file.to_string()),
                ("line", p.line.to_string()),
                ("col", p.col.to_string()),
                ("message", message),
            ],
        )
    }
}

fn read_error() -> Vec<Problem> {
    vec![Problem { line: 0, col: 0, code: ftl("pack-error-read"), args: vec![] }]
}

/// Reads a pack file's bytes: only a regular file, at most [`meldwijzer_packs::MAX_BYTES`] + 1
/// bytes, so a huge file is refused without loading it.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, Vec<Problem>> {
    if !std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
        return Err(read_error());
    }
    let file = std::fs::File::open(path).map_err(|_| read_error())?;
    let mut bytes = Vec::new();
    file.take(meldwijzer_packs::MAX_BYTES as u64 + 1).read_to_end(&mut bytes).map_err(|_| read_error())?;
    Ok(bytes)
}

/// Reads and checks one pack file as the import does, on `today`.
pub fn read_file(protocol: &Protocol, path: &Path, today: NaiveDate) -> Result<Pack, Vec<Problem>> {
    meldwijzer_packs::check(&read_bytes(path)?, protocol, today)
}

/// `meldwijzer-pack`'s work: `check [--lang nl|en] FILE...`, `sign FILE --key KEY`,
/// `keygen KEY`. Writes results and problems to `out`, usage to `err`. Returns the exit code:
/// 0 fine, 1 a file has problems (or cannot be read or written), 2 wrong usage. `today` is the
/// date review dates are checked against; `rng` makes keys.
pub fn cli(
    args: &[String],
    today: NaiveDate,
    rng: &dyn ring::rand::SecureRandom,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let mut lang = "nl".to_string();
    let mut key = None;
    let mut files = Vec::new();
    let mut rest = args.iter();
    let command = rest.next().cloned().unwrap_or_default();
    let mut usage = !matches!(command.as_str(), "check" | "sign" | "keygen");
    while let Some(a) = rest.next() {
        match a.as_str() {
            "--lang" => match rest.next() {
                Some(l) if meldwijzer_l10n::languages().contains(&l.as_str()) => lang = l.clone(),
                _ => usage = true,
            },
            "--key" if command == "sign" => match rest.next() {
                Some(k) => key = Some(k.clone()),
                None => usage = true,
            },
            s if s.starts_with("--") => usage = true,
            _ => files.push(a.clone()),
        }
    }
    let Ok(protocol) = crate::content::protocol() else { return 2 };
    let globals = protocol.contacts().iter().map(|c| (c.id.clone(), c.number.clone())).collect();
    let Ok(l) = Localizer::new(&lang, globals) else { return 2 };
    usage |= match command.as_str() {
        "check" => files.is_empty(),
        "sign" => files.len() != 1 || key.is_none(),
        _ => files.len() != 1,
    };
    if usage {
        let _ = writeln!(err, "{}", l.text(ftl("pack-check-usage")));
        return 2;
    }
    let say = |out: &mut dyn Write, id: &str, args: &[(&str, String)]| {
        let _ = writeln!(out, "{}", l.format(id, args));
    };
    match command.as_str() {
        "keygen" => {
            let file = &files[0];
            let path = Path::new(file);
            if path.exists() {
                say(out, ftl("pack-keygen-exists"), &[("file", file.clone())]);
                return 1;
            }
            let Ok(text) = sig::new_key_file(rng) else { return 1 };
            let Ok(pair) = sig::read_key(&text) else { return 1 };
            if crate::file::write_atomic(path, text.as_bytes()).is_err() {
                say(out, ftl("pack-sign-write"), &[("file", file.clone())]);
                return 1;
            }
            let fp = sig::fingerprint(&sig::public_key(&pair));
            say(out, ftl("pack-keygen-ok"), &[("file", file.clone()), ("fingerprint", fp)]);
            0
        }
        "sign" => {
            let file = &files[0];
            let key_file = key.unwrap_or_default();
            let pair = match std::fs::read_to_string(&key_file).ok().and_then(|t| sig::read_key(&t).ok()) {
                Some(p) => p,
                None => {
                    say(out, ftl("pack-sign-bad-key"), &[("file", key_file)]);
                    return 1;
                }
            };
            let bytes = match read_bytes(Path::new(file)) {
                Ok(b) => b,
                Err(ps) => {
                    for p in ps {
                        let _ = writeln!(out, "{}", problem_text(&l, file, &p));
                    }
                    return 1;
                }
            };
            // A pack is checked before it is signed, as it will be read (an old signature
            // that no longer matches is replaced, not a reason to refuse).
            let body = match sig::find_trailer(&bytes) {
                Some(at) => &bytes[..at],
                None => &bytes[..],
            };
            if let Err(ps) = meldwijzer_packs::check(body, &protocol, today) {
                for p in ps {
                    let _ = writeln!(out, "{}", problem_text(&l, file, &p));
                }
                return 1;
            }
            let signed = sig::sign(&bytes, &pair);
            if crate::file::write_atomic(Path::new(file), &signed).is_err() {
                say(out, ftl("pack-sign-write"), &[("file", file.clone())]);
                return 1;
            }
            let fp = sig::fingerprint(&sig::public_key(&pair));
            say(out, ftl("pack-sign-ok"), &[("file", file.clone()), ("fingerprint", fp)]);
            0
        }
        _ => {
            let mut code = 0;
            for f in files {
                match read_file(&protocol, Path::new(&f), today) {
                    Ok(p) => {
                        say(
                            out,
                            ftl("pack-check-ok"),
                            &[
                                ("file", f.clone()),
                                ("kind", p.kind.id().to_string()),
                                ("name", p.name.clone()),
                                ("review", p.review_by.format("%Y-%m-%d").to_string()),
                                ("unconfirmed", p.unconfirmed().to_string()),
                            ],
                        );
                        match &p.signature {
                            Signature::Valid { .. } => {
                                let dev = if p.signature.is_dev_key() { "yes" } else { "no" };
                                let fp = p.signature.fingerprint().unwrap_or_default();
                                say(
                                    out,
                                    ftl("pack-check-signed"),
                                    &[("file", f.clone()), ("fingerprint", fp), ("dev", dev.to_string())],
                                );
                            }
                            _ => say(out, ftl("pack-check-unsigned"), &[("file", f.clone())]),
                        }
                    }
                    Err(ps) => {
                        code = 1;
                        for p in ps {
                            let _ = writeln!(out, "{}", problem_text(&l, &f, &p));
                        }
                    }
                }
            }
            code
        }
    }
}

// ---------- The app's packs ----------

/// The vault setting that holds the imported packs.
const SETTING: &str = "packs";

/// A pack read for import, waiting for the professional's yes. In memory only; dropped on lock.
#[derive(Debug)]
pub(crate) struct Pending {
    text: String,
    pack: Pack,
}

#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct Stored {
    /// The pack file's exact text (its signature verifies over it).
    text: String,
    /// The professional accepted it unsigned.
    accepted_unsigned: bool,
}

/// A contact or partner from a pack, in the pack's own words.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
pub struct PackContactView {
    /// A partner's kind (`veilig-thuis`, `csg`, …), a consultation's id, or empty.
    pub kind: String,
    /// Name.
    pub name: String,
    /// Role (the aandachtsfunctionaris).
    pub role: Option<String>,
    /// Work number.
    pub phone: Option<String>,
    /// Work e-mail.
    pub email: Option<String>,
    /// Web address (https).
    pub web: Option<String>,
    /// Address or place.
    pub address: Option<String>,
    /// Municipalities served.
    pub municipalities: Vec<String>,
    /// What they do.
    pub what: Option<String>,
    /// When to involve them.
    pub when: Option<String>,
    /// Whether the pack's author could confirm it.
    pub confirmed: bool,
    /// Where it comes from.
    pub source: String,
}

impl PackContactView {
    fn of(e: &meldwijzer_packs::Entry) -> PackContactView {
        PackContactView {
            kind: e.kind.clone().unwrap_or_default(),
            name: e.name.clone(),
            role: e.role.clone(),
            phone: e.phone.clone(),
            email: e.email.clone(),
            web: e.web.clone(),
            address: e.address.clone(),
            municipalities: e.municipalities.clone(),
            what: e.what.clone(),
            when: e.when.clone(),
            confirmed: e.confirmed,
            source: e.source.clone(),
        }
    }
}

/// A text for one step from a pack.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
pub struct PackStepView {
    /// Step id, or `na-melding`.
    pub step: String,
    /// Who to inform (internal route).
    pub inform: Option<String>,
    /// Where the dossier lives (internal route).
    pub dossier: Option<String>,
    /// The text.
    pub text: Option<String>,
    /// Whether the pack's author could confirm it.
    pub confirmed: bool,
}

impl PackStepView {
    fn of(s: &meldwijzer_packs::StepText) -> PackStepView {
        PackStepView {
            step: s.step.clone(),
            inform: s.inform.clone(),
            dossier: s.dossier.clone(),
            text: s.text.clone(),
            confirmed: s.confirmed,
        }
    }
}

/// One pack as the list and the import show it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
pub struct PackView {
    /// The pack's id.
    pub id: String,
    /// `organisation` or `region`.
    pub kind: String,
    /// The organisation's or region's name.
    pub name: String,
    /// Who wrote and signed it, as the pack says.
    pub publisher: String,
    /// `signed` or `unsigned` (accepted explicitly).
    pub signature: String,
    /// The signing key's fingerprint.
    pub fingerprint: Option<String>,
    /// Signed with the development key (tests only).
    pub dev_key: bool,
    /// Valid from (YYYY-MM-DD).
    pub valid_from: String,
    /// Review date (YYYY-MM-DD).
    pub review_by: String,
    /// The review date has passed (the professional's local date): shown as out of date.
    pub past_review: bool,
    /// How many entries the author could not confirm.
    pub unconfirmed: u32,
    /// The Veilig Thuis-regio code of a region pack.
    pub region_code: Option<String>,
    /// The field of an organisation pack, in words.
    pub field: Option<String>,
}

/// A pack read for import, before the professional accepts it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
pub struct PackPreview {
    /// The pack.
    pub pack: PackView,
    /// The name of the pack of the same kind it replaces, if any.
    pub replaces: Option<String>,
}

/// The imported packs.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
pub struct PacksView {
    /// Every imported pack (at most one organisation and one region pack).
    pub packs: Vec<PackView>,
}

/// The organisation pack as a case screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
pub struct LocalOrganisation {
    /// The pack.
    pub pack: PackView,
    /// The aandachtsfunctionaris.
    pub aandachtsfunctionaris: PackContactView,
    /// The internal route per step.
    pub route: Vec<PackStepView>,
    /// Extra consultation kinds for step 2 (`kind` is the id, `what` what it is for).
    pub consultations: Vec<PackContactView>,
    /// Extra notes per step.
    pub notes: Vec<PackStepView>,
}

/// The region pack as a case screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
pub struct LocalRegion {
    /// The pack.
    pub pack: PackView,
    /// The region's Veilig Thuis.
    pub veilig_thuis: Vec<PackContactView>,
    /// The region's Centrum Seksueel Geweld.
    pub csg: Vec<PackContactView>,
    /// Every partner, in the pack's order.
    pub partners: Vec<PackContactView>,
    /// What happens next in the region (`beslissen`, `na-melding`).
    pub next: Vec<PackStepView>,
}

/// What the imported packs add to the case screens, the Acuut panel and the case list.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
pub struct LocalView {
    /// "Pakket: <organisation> · <region>", or `None` without packs.
    pub line: Option<String>,
    /// The organisation pack.
    pub organisation: Option<LocalOrganisation>,
    /// The region pack.
    pub region: Option<LocalRegion>,
}

impl crate::App {
    fn pack_view(&self, pack: &Pack) -> PackView {
        let org = pack.organisation.as_ref();
        PackView {
            id: pack.id.clone(),
            kind: pack.kind.id().to_string(),
            name: pack.name.clone(),
            publisher: pack.publisher.clone(),
            signature: if matches!(pack.signature, Signature::Valid { .. }) { "signed" } else { "unsigned" }.into(),
            fingerprint: pack.signature.fingerprint(),
            dev_key: pack.signature.is_dev_key(),
            valid_from: pack.valid_from.format("%Y-%m-%d").to_string(),
            review_by: pack.review_by.format("%Y-%m-%d").to_string(),
            past_review: pack.past_review(self.today()),
            unconfirmed: u32::try_from(pack.unconfirmed()).unwrap_or(u32::MAX),
            region_code: pack.region.as_ref().map(|r| r.code.clone()),
            field: org.and_then(|o| self.protocol.field(&o.field)).map(|f| self.l10n.text(&f.choice.label)),
        }
    }

    fn stored_packs(&self) -> Result<Vec<Stored>, crate::ApiError> {
        let store = self.store()?;
        let bytes = store.setting(SETTING).map_err(|e| self.storage_err(e))?;
        match bytes {
            None => Ok(Vec::new()),
            Some(b) => {
                serde_json::from_slice(&b).map_err(|_| self.err(crate::error::Code::plain("error-vault-corrupt")))
            }
        }
    }

    fn save_packs(&mut self, packs: &[Stored]) -> Result<(), crate::ApiError> {
        let json = serde_json::to_vec(packs).map_err(|_| self.err(crate::error::Code::plain("error-storage")))?;
        let json = zeroize::Zeroizing::new(json);
        let value = if packs.is_empty() { None } else { Some(&json[..]) };
        let result = self.store_mut()?.put_setting(SETTING, value);
        result.map_err(|e| self.storage_err(e))
    }

    /// The imported packs, checked again as they are read (a pack that no longer checks, for
    /// example after a change of the national content, is left out).
    fn imported_packs(&self) -> Result<Vec<Pack>, crate::ApiError> {
        Ok(self
            .stored_packs()?
            .iter()
            .filter_map(|s| meldwijzer_packs::parse(s.text.as_bytes(), &self.protocol).ok())
            .collect())
    }

    /// Reads the pack an open dialog for `pack` chose (`token`) and checks it on the
    /// professional's local date. A refused pack is `error-pack-refused` with every problem
    /// located (`detail`, one line each); a pack that checks is kept in memory until
    /// [`App::pack_accept`] or [`App::pack_cancel`], and returned with who signed it.
    pub fn pack_read_from(&mut self, token: String) -> Result<PackPreview, crate::ApiError> {
        self.store()?;
        self.with_file(&token, crate::grants::FileKind::PackOpen, |app, path| {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let today = app.today();
            let bytes = read_bytes(&path);
            let checked = bytes.and_then(|b| {
                let pack = meldwijzer_packs::check(&b, &app.protocol, today)?;
                // check() refuses anything that is not UTF-8.
                Ok((String::from_utf8(b).unwrap_or_default(), pack))
            });
            match checked {
                Ok((text, pack)) => {
                    let existing = app.imported_packs()?;
                    let replaces = existing.iter().find(|p| p.kind == pack.kind).map(|p| p.name.clone());
                    let view = app.pack_view(&pack);
                    app.pack_pending = Some(Pending { text, pack });
                    Ok(PackPreview { pack: view, replaces })
                }
                Err(problems) => {
                    let detail = problems.iter().map(|p| problem_text(&app.l10n, &name, p)).collect::<Vec<_>>();
                    Err(app.err(crate::error::Code {
                        code: "error-pack-refused",
                        args: vec![("count", problems.len().to_string()), ("detail", detail.join("\n"))],
                    }))
                }
            }
        })
    }

    /// Imports the pack read by [`App::pack_read_from`] into the vault, replacing a pack of the
    /// same kind. An unsigned pack needs `accept_unsigned` (the UI's explicit yes after its
    /// warning), else `error-pack-unsigned`.
    pub fn pack_accept(&mut self, accept_unsigned: bool) -> Result<PacksView, crate::ApiError> {
        self.store()?;
        let Some(pending) = self.pack_pending.take() else {
            return Err(self.err(crate::error::Code::plain("error-pack-none-pending")));
        };
        let unsigned = !matches!(pending.pack.signature, Signature::Valid { .. });
        if unsigned && !accept_unsigned {
            self.pack_pending = Some(pending);
            return Err(self.err(crate::error::Code::plain("error-pack-unsigned")));
        }
        let mut stored = self.stored_packs()?;
        stored.retain(|s| {
            meldwijzer_packs::parse(s.text.as_bytes(), &self.protocol).is_ok_and(|p| p.kind != pending.pack.kind)
        });
        stored.push(Stored { text: pending.text, accepted_unsigned: unsigned });
        self.save_packs(&stored)?;
        self.packs_list()
    }

    /// Forgets the pack read for import.
    pub fn pack_cancel(&mut self) {
        self.pack_pending = None;
    }

    /// The imported packs.
    pub fn packs_list(&self) -> Result<PacksView, crate::ApiError> {
        Ok(PacksView { packs: self.imported_packs()?.iter().map(|p| self.pack_view(p)).collect() })
    }

    /// Removes an imported pack.
    pub fn pack_remove(&mut self, id: String) -> Result<PacksView, crate::ApiError> {
        let mut stored = self.stored_packs()?;
        let before = stored.len();
        stored.retain(|s| meldwijzer_packs::parse(s.text.as_bytes(), &self.protocol).is_ok_and(|p| p.id != id));
        if stored.len() == before {
            return Err(self.err(crate::error::Code::plain("error-pack-not-found")));
        }
        self.save_packs(&stored)?;
        self.packs_list()
    }

    /// What the imported packs add to the screens: the organisation's aandachtsfunctionaris,
    /// route, consultations and notes; the region's Veilig Thuis, CSG, partners and what
    /// happens next; and the case list's line. Empty without packs (or while locked).
    pub fn pack_local(&self) -> Result<LocalView, crate::ApiError> {
        if self.store.is_none() {
            return Ok(LocalView::default());
        }
        let packs = self.imported_packs()?;
        let org = packs.iter().find_map(|p| p.organisation.as_ref().map(|o| (p, o)));
        let region = packs.iter().find_map(|p| p.region.as_ref().map(|r| (p, r)));
        let line = match (org, region) {
            (None, None) => None,
            _ => Some(self.l10n.format(
                ftl("pack-line"),
                &[
                    ("organisation", org.map(|(p, _)| p.name.clone()).unwrap_or_else(|| "—".into())),
                    ("region", region.map(|(p, _)| p.name.clone()).unwrap_or_else(|| "—".into())),
                ],
            )),
        };
        let of_kind = |r: &meldwijzer_packs::Region, kind: &str| {
            r.partners.iter().filter(|e| e.kind.as_deref() == Some(kind)).map(PackContactView::of).collect()
        };
        Ok(LocalView {
            line,
            organisation: org.map(|(p, o)| LocalOrganisation {
                pack: self.pack_view(p),
                aandachtsfunctionaris: PackContactView::of(&o.aandachtsfunctionaris),
                route: o.route.iter().map(PackStepView::of).collect(),
                consultations: o
                    .consultations
                    .iter()
                    .map(|c| PackContactView {
                        kind: c.id.clone(),
                        name: c.name.clone(),
                        what: Some(c.what.clone()),
                        confirmed: c.confirmed,
                        source: c.source.clone(),
                        ..PackContactView::of(&meldwijzer_packs::Entry::default())
                    })
                    .collect(),
                notes: o.notes.iter().map(PackStepView::of).collect(),
            }),
            region: region.map(|(p, r)| LocalRegion {
                pack: self.pack_view(p),
                veilig_thuis: of_kind(r, "veilig-thuis"),
                csg: of_kind(r, "csg"),
                partners: r.partners.iter().map(PackContactView::of).collect(),
                next: r.next.iter().map(PackStepView::of).collect(),
            }),
        })
    }
}

// ---------- Scenarios that name a pack ----------

mod committed {
    include!(concat!(env!("OUT_DIR"), "/packs.rs"));
}

/// Every committed pack: (path under `content/packs/`, bytes).
pub fn committed() -> &'static [(&'static str, &'static [u8])] {
    committed::COMMITTED
}

/// The `pack = "…"` of a scenario file, checked: the pack exists under `content/packs/`, checks
/// clean on its own `valid_from` date, is signed, and an organisation pack is for the case's
/// field. Returns the mismatches (empty when fine, or when the scenario names no pack).
pub fn scenario_pack(protocol: &Protocol, scenario: &str) -> Result<Vec<String>, String> {
    let value: toml::Value = toml::from_str(scenario).map_err(|e| e.to_string())?;
    let Some(name) = value.get("pack") else { return Ok(Vec::new()) };
    let name = name.as_str().ok_or("pack: a path under content/packs/, as text")?;
    let Some((_, bytes)) = committed().iter().find(|(n, _)| *n == name) else {
        return Ok(vec![format!("pack: no committed pack `{name}` under content/packs/")]);
    };
    let pack = match meldwijzer_packs::parse(bytes, protocol) {
        Ok(p) => p,
        Err(ps) => return Ok(ps.iter().map(|p| format!("pack {name}:{}:{}: {}", p.line, p.col, p.code)).collect()),
    };
    let mut out = Vec::new();
    if let Err(ps) = meldwijzer_packs::check(bytes, protocol, pack.valid_from) {
        out.extend(ps.iter().map(|p| format!("pack {name}:{}:{}: {}", p.line, p.col, p.code)));
    }
    if !matches!(pack.signature, Signature::Valid { .. }) {
        out.push(format!("pack {name}: not signed"));
    }
    let field = value.get("case").and_then(|c| c.get("field")).and_then(|f| f.as_str()).unwrap_or_default();
    if let Some(o) = &pack.organisation {
        if o.field != field {
            out.push(format!("pack {name}: an organisation pack for `{}`, the case is `{field}`", o.field));
        }
    }
    Ok(out)
}
