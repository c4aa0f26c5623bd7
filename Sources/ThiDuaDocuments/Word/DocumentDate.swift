import Foundation
import ThiDuaCore

/// The date of a state document as Decree 30/2020/NĐ-CP writes it: "ngày 06 tháng 01 năm 2023".
///
/// Days below 10 and the months 1 and 2 take a leading zero, the other months do not
/// ("ngày 15 tháng 3 năm 2023", "ngày 20 tháng 11 năm 2022"): the zero stops "tháng 1" from being
/// altered into "tháng 11" or "tháng 12" by hand.
public enum DocumentDate {
    /// "ngày 06 tháng 01 năm 2023"
    public static func text(_ date: LocalDate) -> String { date.decree30Long }

    /// "Hà Nội, ngày 06 tháng 01 năm 2023"
    public static func placeAndDate(place: String, date: LocalDate) -> String {
        let place = place.trimmingCharacters(in: .whitespacesAndNewlines)
        return place.isEmpty ? text(date) : "\(place), \(text(date))"
    }
}
