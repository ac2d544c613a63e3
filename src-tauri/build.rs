//! Build script: generates Tauri's context and one permission per command.
//!
//! Listing the commands in the app manifest makes each of them need an
//! explicit grant in `capabilities/`, so a command added to `commands.rs`
//! but forgotten here (or in the capability) cannot be invoked from the UI.

/// Every command the UI may invoke; `the_five_command_lists_agree` (src/lib.rs) checks this
/// against `src/commands.rs`, the handler, the capabilities and `ui/src/api.js`.
const COMMANDS: &[&str] = &[
    "startup",
    "set_language",
    "vault_status",
    "about",
    "guide",
    "create_vault",
    "unlock",
    "lock",
    "list_cases",
    "create_case",
    "create_info_request",
    "open_case",
    "edit_case",
    "delete_case",
    "record_disclosure",
    "ui_ready",
    "touch",
    "tick",
    "set_settings",
    "quit",
    "export_case",
    "import_case",
    "unlock_with_recovery",
    "change_passphrase",
    "pick_save_path",
    "pick_open_path",
    "enter_training",
    "leave_training",
    "training_view",
    "training_case",
    "training_compare",
    "training_show",
    "training_notes",
    "training_import",
    "open_trainer_notes",
    "set_fullscreen",
    "set_zoom",
    "render_output",
    "copy_output",
    "save_output_pdf",
    "pack_read",
    "pack_accept",
    "pack_cancel",
    "packs_list",
    "pack_remove",
    "pack_local",
];

fn main() {
    // The bare benchmark window has its own config; rebuild when it changes.
    println!("cargo:rerun-if-changed=examples/bare/tauri.conf.json");
    println!("cargo:rerun-if-changed=examples/bare/ui");
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("failed to run the Tauri build script");
}
