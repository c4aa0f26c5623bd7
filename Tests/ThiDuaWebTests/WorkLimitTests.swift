import Foundation
import Testing
import ThiDuaCore
import ThiDuaTestSupport
import VaporTesting

@testable import ThiDuaWeb

/// What one request may cost: bodies, subjects of an eligibility request, heavy jobs at once.
@Suite struct WorkLimitTests {
    static func subjects(_ n: Int) -> String {
        let one =
            #"{ "id": "p#", "kind": "person", "gender": "female", "ratings": { "2024": "excellent" }, "titles": [], "awards": [], "initiatives": [], "discipline": [], "pending": [], "members": null }"#
        let list = (0..<n).map { one.replacingOccurrences(of: "p#", with: "p\($0)") }.joined(separator: ",")
        return #"{ "year": 2024, "codes": ["LDTT"], "subjects": ["# + list + "] }"
    }

    @Test func anEligibilityRequestIsBoundedInSubjectsAndSize() async throws {
        try await withTestApp(.sqlite) { app in
            // setup
            let officer = try await Client.api(app, "canbo01")
            // MUT
            let atLimit = try await withRunningServer(app) { base in
                try await officer.live(
                    .POST, base, "/api/v1/eligibility", rawBody: Self.subjects(EligibilityRequest.maxSubjects))
            }
            let over = try await officer.send(
                .POST, "/api/v1/eligibility", rawBody: Self.subjects(EligibilityRequest.maxSubjects + 1), running: true)
            let huge = try await officer.send(
                .POST, "/api/v1/eligibility", rawBody: "[" + String(repeating: "1,", count: 3_000_000) + "1]",
                running: true)
            // validation
            #expect(atLimit.status == .ok)
            #expect(over.status == .unprocessableEntity)
            #expect(over.body.string.contains("vượt giới hạn 1000 đối tượng mỗi yêu cầu"))
            #expect(huge.status == .payloadTooLarge)
            #expect(huge.body.string.contains("Dữ liệu gửi lên quá lớn: vượt giới hạn 4 MB"))
        }
    }

    @Test func anApiBodyOverOneMegabyteIsRefusedWhateverTheRoute() async throws {
        try await withTestApp(.sqlite) { app in
            // setup
            let admin = try await Client.api(app, "admin")
            let before = try await app.store.units.directory().count
            let name = String(repeating: "a", count: 1_100_000)
            // MUT
            let res = try await admin.send(
                .POST, "/api/v1/units", rawBody: #"{"code": "BIG", "name": "\#(name)", "kind": "department"}"#,
                running: true)
            // validation
            #expect(res.status == .payloadTooLarge)
            #expect(try await app.store.units.directory().count == before)
        }
    }

    @Test func heavyJobsBeyondTheLimitAreToldToComeBack() async throws {
        let settings: (inout Configuration) -> Void = { $0.heavyJobs = 1 }
        try await withTestApp(.sqlite, settings: settings) { app in
            // setup: one export already running
            let admin = try await Client.browser(app, "admin")
            try app.heavyJobs.acquire()
            // MUT
            let busy = try await admin.send(.GET, "/xuat-du-lieu/people")
            let api = try await Client.api(app, "admin").send(
                .POST, "/api/v1/eligibility", rawBody: EligibilityWebTests.example)
            app.heavyJobs.release()
            let free = try await admin.send(.GET, "/xuat-du-lieu/people")
            // validation
            #expect(busy.status == .tooManyRequests)
            #expect(busy.body.string.contains("Hệ thống đang xử lý nhiều việc nặng"))
            #expect(api.status == .tooManyRequests)
            #expect(free.status == .ok)
            #expect(app.heavyJobs.count == 0, "every job gave its place back")
        }
    }
}
