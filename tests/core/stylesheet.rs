//! Every stylesheet under `ui/` parses cleanly with a real CSS parser (lightningcss).
//!
//! A browser drops what it cannot parse without a word: one unclosed `.notes ul {` once
//! swallowed every rule after it (issue 14), and the screens looked broken in ways no other
//! test saw. So a parse warning (an invalid rule or declaration, dropped by error recovery)
//! fails, and so does any rule nested inside another: the UI writes no CSS nesting, and a
//! missing `}` is exactly what turns every later rule into a nested one (a browser then
//! matches them only inside the unclosed rule's elements).

use std::sync::{Arc, RwLock};

use lightningcss::properties::Property;
use lightningcss::rules::CssRule;
use lightningcss::stylesheet::{ParserOptions, StyleSheet};
use meldwijzer_tests::files_under;

/// Standard properties lightningcss does not model (it keeps them as unknown text); any
/// other unknown name is a typo.
const STANDARD_BUT_UNMODELLED: &[&str] = &[
    "border-collapse",
    "clip",
    "content",
    "font-variant-numeric",
    "outline-offset",
    "text-underline-offset",
    "scroll-margin-top",
    "overscroll-behavior",
];

/// Everything wrong with one stylesheet's text, one line each; empty when it is clean.
fn problems(name: &str, css: &str) -> Vec<String> {
    let warnings = Arc::new(RwLock::new(Vec::new()));
    let options = ParserOptions {
        filename: name.to_string(),
        error_recovery: true,
        warnings: Some(warnings.clone()),
        ..ParserOptions::default()
    };
    let mut found = Vec::new();
    match StyleSheet::parse(css, options) {
        Err(error) => found.push(format!("{name}: does not parse: {error}")),
        Ok(sheet) => {
            for warning in warnings.read().unwrap().iter() {
                found.push(format!("{name}: {warning} (dropped by the parser)"));
            }
            check_rules(name, &sheet.rules.0, false, &mut found);
        }
    }
    found
}

/// Nested style rules and rules the parser keeps only as unknown text are problems.
fn check_rules(name: &str, rules: &[CssRule], inside_style_rule: bool, found: &mut Vec<String>) {
    for rule in rules {
        match rule {
            CssRule::Style(style) => {
                let line = style.loc.line + 1;
                if inside_style_rule {
                    found.push(format!(
                        "{name}:{line}: a rule nested inside another rule (is a `}}` missing above it?)"
                    ));
                }
                for property in style.declarations.iter().map(|(p, _)| p) {
                    if let Property::Custom(custom) = property {
                        let property_name = custom.name.as_ref();
                        if !property_name.starts_with("--") && !STANDARD_BUT_UNMODELLED.contains(&property_name) {
                            found.push(format!("{name}:{line}: unknown property `{property_name}`"));
                        }
                    }
                }
                check_rules(name, &style.rules.0, true, found);
            }
            CssRule::Media(media) => check_rules(name, &media.rules.0, inside_style_rule, found),
            CssRule::Supports(supports) => check_rules(name, &supports.rules.0, inside_style_rule, found),
            CssRule::Unknown(unknown) => {
                found.push(format!("{name}:{}: unknown at-rule `@{}`", unknown.loc.line + 1, unknown.name))
            }
            CssRule::Ignored => found.push(format!("{name}: a rule the parser ignored")),
            _ => {}
        }
    }
}

#[test]
fn every_stylesheet_parses_without_a_dropped_rule() {
    let sheets = files_under("ui", &[".css"]);
    assert!(!sheets.is_empty(), "ui/ has stylesheets");
    let mut found = Vec::new();
    for path in &sheets {
        let css = std::fs::read_to_string(path).unwrap();
        found.extend(problems(&path.display().to_string(), &css));
    }
    assert!(found.is_empty(), "stylesheet problems:\n{}", found.join("\n"));
}

/// The check itself sees the faults it exists for.
#[test]
fn the_check_finds_an_unclosed_rule_a_bad_declaration_and_an_unknown_property() {
    let clean = ".a { color: red; }\n@media (max-width: 40rem) { .b { display: none; } }\n";
    assert_eq!(problems("clean.css", clean), Vec::<String>::new());

    let unclosed = ".notes ul {\n  padding-left: 1.3em;\n\n.timeline li { display: grid; }\n";
    let found = problems("unclosed.css", unclosed);
    assert!(found.iter().any(|p| p.contains("nested")), "{found:?}");

    let bad = ".a { color: red; }\n.b { width: ; }\n.c {{ color: blue; }\n";
    assert!(!problems("bad.css", bad).is_empty());

    let typo = ".a { colr: red; }\n";
    let found = problems("typo.css", typo);
    assert!(found.iter().any(|p| p.contains("colr")), "{found:?}");
}
