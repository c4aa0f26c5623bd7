import ArgumentParser
import Foundation
import ThiDuaCore
import ThiDuaWeb

/// `thidua anniversaries --year Y [--json]`: the year's anniversaries in date order, computed from the catalogue.
struct AnniversariesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "anniversaries",
        abstract: "Lịch ngày kỷ niệm của một năm: năm thứ N, năm chẵn, nhãn “Kỷ niệm N năm …”.")

    @Option(name: .long, help: "Năm, ví dụ 2022.")
    var year: Int

    @Flag(name: .long, help: "In JSON: [{ name, originDate, date, years, round, label }].")
    var json = false

    func validate() throws {
        guard (1900...2200).contains(year) else { throw ValidationError("Năm \(year) không hợp lệ.") }
    }

    func run() async throws {
        let occurrences = try await AppRunner.withApp { app, _ in
            try await app.prepareDatabase()
            return try await MovementService.calendar(app.store.anniversaries.directory(), year: year)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(occurrences.map(\.listing)), as: UTF8.self))
        } else {
            for o in occurrences {
                print("\(o.date.vietnamese)  \(o.isRound ? "*" : " ") \(o.label)")
            }
            print("(* năm chẵn: năm thứ N chia hết cho 5)")
        }
    }
}
