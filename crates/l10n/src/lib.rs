//! Fluent messages from `locales/<lang>/*.ftl`, embedded at build time.
//!
//! `nl` is the reference locale and the default; `en` is the second. A message missing in
//! `en` falls back to `nl`, and a missing id comes back as the id itself (tests in
//! `tests/core/tidy.rs` make sure neither happens in what ships).
//!
//! Invariant: this crate knows no other Meldwijzer crate and nothing of Tauri; it formats
//! `(id, args)` and nothing more.
#![deny(missing_docs)]

use std::collections::BTreeMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

/// The reference locale.
pub const REFERENCE: &str = "nl";

/// Every embedded `.ftl` file as (language, file name, text).
pub fn files() -> &'static [(&'static str, &'static str, &'static str)] {
    embedded::FILES
}

/// The languages there are locales for, reference first.
pub fn languages() -> Vec<&'static str> {
    let mut langs: Vec<&str> = embedded::FILES.iter().map(|(l, _, _)| *l).collect();
    langs.sort_by_key(|l| (*l != REFERENCE, *l));
    langs.dedup();
    langs
}

/// A problem in an `.ftl` file.
#[derive(Debug, thiserror::Error)]
#[error("{lang}/{file}: {message}")]
pub struct L10nError {
    /// Language.
    pub lang: String,
    /// File name.
    pub file: String,
    /// What is wrong.
    pub message: String,
}

/// Formats messages in one language, with the reference language as fallback.
pub struct Localizer {
    lang: String,
    bundle: FluentBundle<FluentResource>,
    fallback: Option<FluentBundle<FluentResource>>,
    globals: Vec<(String, String)>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer").field("lang", &self.lang).finish()
    }
}

fn bundle(lang: &str) -> Result<FluentBundle<FluentResource>, L10nError> {
    let id: LanguageIdentifier = lang.parse().map_err(|_| L10nError {
        lang: lang.into(),
        file: "-".into(),
        message: "not a language tag".into(),
    })?;
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Plain text for a plain UI: no Unicode isolation marks around placeables.
    bundle.set_use_isolating(false);
    let mut any = false;
    for (l, file, text) in embedded::FILES.iter().filter(|(l, _, _)| *l == lang) {
        any = true;
        let res = FluentResource::try_new(text.to_string()).map_err(|(_, errs)| L10nError {
            lang: l.to_string(),
            file: file.to_string(),
            message: format!("{errs:?}"),
        })?;
        bundle.add_resource(res).map_err(|errs| L10nError {
            lang: l.to_string(),
            file: file.to_string(),
            message: format!("{errs:?}"),
        })?;
    }
    if !any {
        return Err(L10nError { lang: lang.into(), file: "-".into(), message: "no locale files".into() });
    }
    Ok(bundle)
}

impl Localizer {
    /// A localizer for `lang`. `globals` are variables every message may use, such as the
    /// phone numbers from `content/contacts.toml` (`{ $veilig-thuis }`).
    pub fn new(lang: &str, globals: Vec<(String, String)>) -> Result<Localizer, L10nError> {
        let fallback = if lang == REFERENCE { None } else { Some(bundle(REFERENCE)?) };
        Ok(Localizer { lang: lang.to_string(), bundle: bundle(lang)?, fallback, globals })
    }

    /// The language this localizer formats in.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// Whether this language (not the fallback) has the message.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// Formats a message with the global variables and `args`.
    pub fn format(&self, id: &str, args: &[(&str, String)]) -> String {
        let bundle = if self.bundle.has_message(id) {
            &self.bundle
        } else {
            match &self.fallback {
                Some(f) if f.has_message(id) => f,
                _ => return id.to_string(),
            }
        };
        let Some(msg) = bundle.get_message(id) else { return id.to_string() };
        let Some(pattern) = msg.value() else { return id.to_string() };
        let mut fargs = FluentArgs::new();
        for (k, v) in &self.globals {
            fargs.set(k.clone(), FluentValue::from(v.clone()));
        }
        for (k, v) in args {
            fargs.set(*k, FluentValue::from(v.clone()));
        }
        let mut errors = Vec::new();
        bundle.format_pattern(pattern, Some(&fargs), &mut errors).into_owned()
    }

    /// Formats a message without arguments of its own.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// Every message of this language (with fallbacks), formatted with the global variables
    /// only, by id. The UI's fixed texts come from here.
    pub fn all(&self) -> BTreeMap<String, String> {
        message_ids(REFERENCE)
            .into_iter()
            .map(|id| {
                let text = self.text(&id);
                (id, text)
            })
            .collect()
    }
}

/// The message ids defined in a language, parsed from its embedded files (for tests and
/// [`Localizer::all`]).
pub fn message_ids(lang: &str) -> Vec<String> {
    let mut ids = Vec::new();
    for (_, _, text) in embedded::FILES.iter().filter(|(l, _, _)| *l == lang) {
        if let Ok(res) = FluentResource::try_new(text.to_string()) {
            for entry in res.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    ids.push(m.id.name.to_string());
                }
            }
        }
    }
    ids
}

/// The variables (`$name`) a message uses, for checks.
pub fn message_variables(lang: &str, id: &str) -> Vec<String> {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn walk_inline(e: &InlineExpression<&str>, out: &mut Vec<String>) {
        match e {
            InlineExpression::VariableReference { id } => out.push(id.name.to_string()),
            InlineExpression::Placeable { expression } => walk(expression, out),
            _ => {}
        }
    }
    fn walk(e: &Expression<&str>, out: &mut Vec<String>) {
        match e {
            Expression::Inline(i) => walk_inline(i, out),
            Expression::Select { selector, variants } => {
                walk_inline(selector, out);
                for v in variants {
                    for el in &v.value.elements {
                        if let PatternElement::Placeable { expression } = el {
                            walk(expression, out);
                        }
                    }
                }
            }
        }
    }
    let mut out = Vec::new();
    for (_, _, text) in embedded::FILES.iter().filter(|(l, _, _)| *l == lang) {
        if let Ok(res) = FluentResource::try_new(text.to_string()) {
            for entry in res.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    if m.id.name == id {
                        if let Some(v) = &m.value {
                            for el in &v.elements {
                                if let PatternElement::Placeable { expression } = el {
                                    walk(expression, &mut out);
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    out
}
