import Foundation

/// A moment as Vietnamese pages write it, in Vietnam's time zone: "14:05 03/12/2026".
enum TimeText {
    static func vietnamese(_ date: Date, seconds: Bool = false) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? .current
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let time =
            seconds
            ? String(format: "%02d:%02d:%02d", c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
            : String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
        return time + String(format: " %02d/%02d/%04d", c.day ?? 0, c.month ?? 0, c.year ?? 0)
    }
}
