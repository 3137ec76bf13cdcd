//! Prints JSON the way QEMU's Python qmp-shell does (Python's `json.dumps`):
//! one line with `", "` and `": "` separators, or with `-p` indented by four
//! spaces with sorted keys; non-ASCII characters escaped as `\uXXXX`.

use serde_json::Value;

/// Formats `v` as the Python shell prints it; `pretty` is its `-p`.
pub fn format_json(v: &Value, pretty: bool) -> String {
    let mut out = String::new();
    write_value(v, pretty, 0, &mut out);
    out
}

fn newline(out: &mut String, level: usize) {
    out.push('\n');
    for _ in 0..level {
        out.push_str("    ");
    }
}

fn write_value(v: &Value, pretty: bool, level: usize, out: &mut String) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&n.to_string()),
        Value::String(s) => write_string(s, out),
        Value::Array(items) => {
            if items.is_empty() {
                out.push_str("[]");
                return;
            }
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                    if !pretty {
                        out.push(' ');
                    }
                }
                if pretty {
                    newline(out, level + 1);
                }
                write_value(item, pretty, level + 1, out);
            }
            if pretty {
                newline(out, level);
            }
            out.push(']');
        }
        Value::Object(map) => {
            if map.is_empty() {
                out.push_str("{}");
                return;
            }
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            if pretty {
                entries.sort_by(|a, b| a.0.cmp(b.0));
            }
            out.push('{');
            for (i, (k, val)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                    if !pretty {
                        out.push(' ');
                    }
                }
                if pretty {
                    newline(out, level + 1);
                }
                write_string(k, out);
                out.push_str(": ");
                write_value(val, pretty, level + 1, out);
            }
            if pretty {
                newline(out, level);
            }
            out.push('}');
        }
    }
}

fn write_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (c as u32) > 0x7f => {
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The log line the Python shell writes with `-l`: the request and the
/// reply merged into one object (`execute`, `arguments`, then `return` or
/// `error`).
pub fn log_entry(request: &Value, reply: &Value) -> Value {
    let mut merged = request.as_object().cloned().unwrap_or_default();
    if let Some(r) = reply.as_object() {
        for (k, v) in r {
            merged.insert(k.clone(), v.clone());
        }
    }
    Value::Object(merged)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn compact_like_python() {
        let v = json!({"return": {"status": "running", "running": true, "n": [1, 2]}});
        assert_eq!(
            format_json(&v, false),
            r#"{"return": {"status": "running", "running": true, "n": [1, 2]}}"#
        );
        assert_eq!(
            format_json(&json!({"return": {}}), false),
            r#"{"return": {}}"#
        );
    }

    #[test]
    fn pretty_sorts_and_indents() {
        let v = json!({"return": {"status": "paused", "running": false}});
        assert_eq!(
            format_json(&v, true),
            "{\n    \"return\": {\n        \"running\": false,\n        \"status\": \"paused\"\n    }\n}"
        );
    }

    #[test]
    fn escapes_non_ascii() {
        assert_eq!(
            format_json(&json!("é\u{1F600}\n"), false),
            r#""\u00e9\ud83d\ude00\n""#
        );
    }

    #[test]
    fn log_merges_request_and_reply() {
        let req = json!({"execute": "stop", "arguments": {}});
        let rep = json!({"return": {}});
        assert_eq!(
            format_json(&log_entry(&req, &rep), false),
            r#"{"execute": "stop", "arguments": {}, "return": {}}"#
        );
    }
}
