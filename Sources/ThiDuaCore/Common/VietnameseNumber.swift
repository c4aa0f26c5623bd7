import Foundation

/// Numbers as Vietnamese documents write them: thousands grouped with dots ("2.340.000").
public enum VietnameseNumber {
    public static func grouped(_ n: Int64) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(".") }
            out.append(ch)
        }
        return n < 0 ? "-" + out : out
    }
}

extension VietnameseNumber {
    /// "2.340.000", "2 340 000" or "2340000" as a whole number; nil for anything else or past 15 digits.
    public static func parseGrouped(_ text: String) -> Int64? {
        let digits = text.filter { $0 != "." && $0 != " " && $0 != "\u{00A0}" }
        guard !digits.isEmpty, digits.count <= 15, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int64(digits)
    }

    /// "0,3", "1.5" or "12" as hundredths (30, 150, 1200); nil for a negative, more than two decimals, or past
    /// 9 digits before the comma.
    public static func parseHundredths(_ text: String) -> Int? {
        let t = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let wholeText = parts.first, !wholeText.isEmpty, wholeText.count <= 9,
            wholeText.allSatisfy({ $0.isASCII && $0.isNumber }), let whole = Int(wholeText)
        else { return nil }
        var fraction = 0
        if parts.count == 2 {
            let f = parts[1]
            guard (1...2).contains(f.count), f.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(f) else {
                return nil
            }
            fraction = f.count == 1 ? n * 10 : n
        }
        return whole * 100 + fraction
    }
}

extension VietnameseNumber {
    /// Hundredths written with the decimal comma: 30 → "0,3", 1250 → "12,5", 7 → "0,07", -150 → "-1,5".
    public static func hundredths(_ value: Int) -> String {
        let sign = value < 0 ? "-" : ""
        let v = value.magnitude
        let (whole, rest) = (v / 100, v % 100)
        if rest == 0 { return "\(sign)\(whole)" }
        return rest % 10 == 0 ? "\(sign)\(whole),\(rest / 10)" : "\(sign)\(whole),\(rest < 10 ? "0" : "")\(rest)"
    }
}
