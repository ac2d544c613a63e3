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
