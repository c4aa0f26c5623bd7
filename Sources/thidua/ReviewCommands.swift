import ArgumentParser
import Foundation
import ThiDuaCore
import ThiDuaDocuments
import ThiDuaWeb

/// The operator acts as the admin: the command line reaches the database directly.
let operatorAccount = Account(username: "dong-lenh", displayName: "Dòng lệnh", role: .admin)

/// `thidua review results --bloc CODE --year Y [--json]`: the final table and the ballots of a bloc's review.
struct ReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review", abstract: "Tổng kết của khối thi đua.",
        subcommands: [Results.self, Minutes.self, Report.self])

    struct Report: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ghi báo cáo tổng kết công tác thi đua, khen thưởng của khối trong một năm ra tệp .docx.")

        @Option(name: .long, help: "Mã khối thi đua.") var bloc: String
        @Option(name: .long, help: "Năm được tổng kết.") var year: Int
        @Option(name: .long, help: "Tệp .docx sẽ ghi.") var output: String

        func run() async throws {
            try await writeReviewDocument(bloc: bloc, year: year, output: output) { store, bloc, settings in
                let report = try await ReviewResultsService(store: store, account: operatorAccount).reportData(
                    bloc: bloc, year: year)
                return ReviewReport.document(report, settings: settings, today: .today())
            }
        }
    }

    struct Minutes: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ghi biên bản họp bình xét, suy tôn của khối trong một năm ra tệp .docx.")

        @Option(name: .long, help: "Mã khối thi đua.") var bloc: String
        @Option(name: .long, help: "Năm được tổng kết.") var year: Int
        @Option(name: .long, help: "Tệp .docx sẽ ghi.") var output: String

        func run() async throws {
            try await writeReviewDocument(bloc: bloc, year: year, output: output) { store, bloc, settings in
                let results = try await ReviewResultsService(store: store, account: operatorAccount).results(
                    bloc: bloc, year: year)
                return ReviewMinutes.document(
                    results, ballots: try await store.ballots.list(bloc: bloc, year: year), settings: settings,
                    today: .today())
            }
        }
    }

    struct Results: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Bảng tổng hợp điểm, xếp hạng và kết quả bỏ phiếu của khối trong một năm.",
            discussion:
                "JSON: {\"bloc\",\"year\",\"maxScore\",\"units\":[…],\"ballots\":[…]} (README, mục Tổng kết khối).")

        @Option(name: .long, help: "Mã khối thi đua.") var bloc: String
        @Option(name: .long, help: "Năm được tổng kết.") var year: Int
        @Flag(name: .long, help: "In JSON thay cho bảng.") var json = false

        func run() async throws {
            guard BlocMembership.yearRange.contains(year) else { throw CommandFailure("Năm phải từ 1990 đến 2100.") }
            let document = try await AppRunner.withApp { app, _ in
                try await app.prepareDatabase()
                guard let b = try await app.store.blocs.find(code: bloc) else {
                    throw CommandFailure("Không có khối thi đua mã “\(bloc)”.")
                }
                let results = try await ReviewResultsService(store: app.store, account: operatorAccount).results(
                    bloc: b.id, year: year)
                let ballots = try await app.store.ballots.list(bloc: b.id, year: year)
                return ReviewResultsDocument(results, ballots: ballots)
            }
            if json {
                FileHandle.standardOutput.write(document.json() + Data("\n".utf8))
                return
            }
            print("Khối \(document.bloc), năm \(document.year): thang điểm \(document.maxScore)")
            for u in document.units {
                print(
                    "\(u.rank). \(u.code) \(u.name): tự chấm \(u.selfScore), cuối cùng \(u.finalScore)\(u.band.map { " – \($0)" } ?? "")"
                )
            }
            for b in document.ballots {
                print("\n\(b.question)\n  Cử tri \(b.electorate), phiếu bầu \(b.cast), điều kiện: \(b.threshold)")
                for c in b.candidates {
                    print("  \(c.code) \(c.name): \(c.votes) phiếu (\(c.share)%)\(c.elected ? " – trúng" : "")")
                }
            }
        }
    }
}

/// Writes one document of a bloc's review to `output`: the checks, the bloc by its code and the document settings
/// are the same for the minutes and the report.
func writeReviewDocument(
    bloc code: String, year: Int, output: String,
    _ build: @escaping (any DataStore, UUID, DocumentSettings) async throws -> StateDocument
) async throws {
    guard BlocMembership.yearRange.contains(year) else { throw CommandFailure("Năm phải từ 1990 đến 2100.") }
    guard output.lowercased().hasSuffix(".docx") else { throw CommandFailure("Tên tệp phải kết thúc bằng .docx.") }
    let data = try await AppRunner.withApp { app, _ in
        try await app.prepareDatabase()
        guard let b = try await app.store.blocs.find(code: code) else {
            throw CommandFailure("Không có khối thi đua mã “\(code)”.")
        }
        let settings = try await MovementService(store: app.store, account: operatorAccount).documentSettings()
            .settings
        return try DOCXWriter.write(try await build(app.store, b.id, settings))
    }
    guard FileManager.default.createFile(atPath: output, contents: data) else {
        throw CommandFailure("Không ghi được tệp \(output).")
    }
    print("Đã ghi \(output) (\(data.count) byte).")
}

/// `thidua ballot verify --id ID`: recounts the stored ballots and checks the recorded count and its hash.
struct BallotCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ballot", abstract: "Các cuộc bỏ phiếu kín.", subcommands: [Verify.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Đếm lại các phiếu đã lưu, đối chiếu với kết quả đã ghi và mã băm của tập phiếu.",
            discussion: "In OK, hoặc từng chỗ khác nhau (mã thoát 1).")

        @Option(name: .long, help: "Mã (UUID) của cuộc bỏ phiếu.") var id: String

        func run() async throws {
            guard let ballot = UUID(uuidString: id) else {
                throw CommandFailure("“\(id)” không phải mã cuộc bỏ phiếu.")
            }
            let differences = try await AppRunner.withApp { app, _ in
                try await app.prepareDatabase()
                return try await BallotService(store: app.store, account: operatorAccount).verify(ballot)
            }
            guard differences.isEmpty else {
                for d in differences { print(d) }
                throw CommandFailure("Kết quả đã ghi không khớp với các phiếu đã lưu (\(differences.count) chỗ).")
            }
            print("OK")
        }
    }
}
