//! Placeholder: the build.rs builder API is being written (issue 3).
/// Builder for generating bindings from a `build.rs`.
#[derive(Debug, Default)]
pub struct Config {}

/// Writes `text` to `path` unless the file already holds exactly that text.
/// Returns whether the file was written.
pub fn write_if_changed(path: &std::path::Path, text: &str) -> std::io::Result<bool> {
    if std::fs::read(path).is_ok_and(|old| old == text.as_bytes()) {
        return Ok(false);
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(path, text)?;
    Ok(true)
}
