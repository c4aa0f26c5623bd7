/// Characters no text of the organization needs, and that let one name pass for another or cut a value
/// short: control characters (a NUL ends a C string), bidirectional overrides and isolates (U+202A–202E,
/// U+2066–2069, and the marks U+200E, U+200F, U+061C), zero-width characters (U+200B–200D, U+2060, U+FEFF)
/// and other invisible format characters (U+00AD, U+180E, U+2061–2064). Newlines and tabs stay allowed:
/// long texts keep their paragraphs, and short fields fold them into spaces.
public enum UnsafeCharacters {
    public static func first(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first(where: isUnsafe)
    }

    public static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x00AD, 0x061C, 0x180E: return true
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF: return true
        case 0xFFF9...0xFFFB: return true
        default: return false
        }
    }

    /// "U+202E", as the message names it.
    public static func code(_ s: Unicode.Scalar) -> String {
        let hex = String(s.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The field error for a value with such a character, naming the field.
    public static func problem(field: String, value: String) -> FieldError? {
        guard let s = first(in: value) else { return nil }
        return FieldError(
            field,
            "Trường “\(field)” có ký tự ẩn hoặc ký tự điều khiển (\(code(s))) không được phép. Hãy gõ lại nội dung, không dán ký tự đặc biệt."
        )
    }
}
