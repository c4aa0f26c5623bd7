// Benchmark of issue 4: the eligibility sweep of every subject against every code of the catalogue for one year.
//
//     EligibilityBenchmark CSV_DIR [YEAR]          (YEAR defaults to 2024; SWEEP_RUNS=3 by default)
//
// Reads the CSV files written by Benchmarks/generate_histories.py (no quoted fields), builds one
// `CompactHistory` per subject (timed separately: LOAD_SECONDS), then times
// `EligibilitySweep.counts(subjects, codes: Catalogue.entries, year:)` SWEEP_RUNS times and reports the best.
// Output on stdout, one fact a line, for Benchmarks/eligibility_sweep.sh:
//     SUBJECTS person|collective n
//     LOAD_SECONDS x
//     RUN_SECONDS x            (each run)
//     SWEEP_SECONDS x          (the best run)
//     COUNT code outcome n     (outcome: eligible | manualCheck | notEligible)
//     MAX_RSS_MB n             (peak memory of the process, histories included)
// Progress goes to stderr. ELIGIBILITY_OUTCOMES=path also writes every subject's outcome per code (not timed).
import Foundation
import ThiDuaCore

func progress(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

func fail(_ text: String) -> Never {
    progress("error: \(text)")
    exit(1)
}

func need<T>(_ value: T?, _ text: @autoclosure () -> String) -> T {
    guard let value else { fail(text()) }
    return value
}

func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
}

let arguments = CommandLine.arguments
guard arguments.count >= 2 else { fail("usage: EligibilityBenchmark CSV_DIR [YEAR]") }
let directory = arguments[1]
let year = arguments.count >= 3 ? need(Int(arguments[2]), "bad year \(arguments[2])") : 2024
let runs = max(1, Int(ProcessInfo.processInfo.environment["SWEEP_RUNS"] ?? "") ?? 3)

// MARK: CSV reading

/// One row of a CSV file: the fields as byte ranges of the file's buffer.
struct Row {
    let base: UnsafePointer<UInt8>
    var starts: [Int] = []
    var ends: [Int] = []
    let path: String
    var line = 0

    var count: Int { starts.count }

    func isEmpty(_ i: Int) -> Bool { starts[i] == ends[i] }

    func string(_ i: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: base + starts[i], count: ends[i] - starts[i]), as: UTF8.self)
    }

    func firstByte(_ i: Int) -> UInt8 { isEmpty(i) ? 0 : base[starts[i]] }

    func int(_ i: Int) -> Int? {
        guard !isEmpty(i) else { return nil }
        var n = 0
        var negative = false
        for p in starts[i]..<ends[i] {
            let b = base[p]
            if b == UInt8(ascii: "-") && p == starts[i] {
                negative = true
                continue
            }
            guard b >= 48 && b <= 57 else { fail("\(path):\(line): not a number: \(string(i))") }
            n = n * 10 + Int(b - 48)
        }
        return negative ? -n : n
    }

    func requiredInt(_ i: Int) -> Int { need(int(i), "\(path):\(line): empty number in column \(i + 1)") }

    /// `YYYY-MM-DD`; nil when empty.
    func date(_ i: Int) -> LocalDate? {
        guard !isEmpty(i) else { return nil }
        let s = starts[i]
        guard ends[i] - s == 10, base[s + 4] == UInt8(ascii: "-"), base[s + 7] == UInt8(ascii: "-") else {
            fail("\(path):\(line): not a date: \(string(i))")
        }
        func digits(_ from: Int, _ n: Int) -> Int {
            var v = 0
            for p in (s + from)..<(s + from + n) { v = v * 10 + Int(base[p] &- 48) }
            return v
        }
        guard let date = LocalDate(year: digits(0, 4), month: digits(5, 2), day: digits(8, 2)) else {
            fail("\(path):\(line): not a date: \(string(i))")
        }
        return date
    }

    /// Whether field `i` has the same bytes as field `j` of `other` (same buffer).
    func sameBytes(_ i: Int, start: Int, end: Int) -> Bool {
        let n = ends[i] - starts[i]
        return n == end - start && memcmp(base + starts[i], base + start, n) == 0
    }
}

/// Calls `body` for each data row of `name` (the header is checked against `columns`). Returns the row count.
@discardableResult
func readCSV(_ name: String, columns: [String], _ body: (inout Row) -> Void) -> Int {
    let path = (directory as NSString).appendingPathComponent(name)
    guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
    let started = ContinuousClock.now
    var rows = 0
    data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
        guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
        let n = raw.count
        var row = Row(base: UnsafePointer(base), path: path)
        row.starts.reserveCapacity(columns.count)
        row.ends.reserveCapacity(columns.count)
        var p = 0
        if n >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF { p = 3 }
        var header = true
        while p < n {
            row.starts.removeAll(keepingCapacity: true)
            row.ends.removeAll(keepingCapacity: true)
            row.line += 1
            var fieldStart = p
            while p < n {
                let b = base[p]
                if b == UInt8(ascii: ",") {
                    row.starts.append(fieldStart)
                    row.ends.append(p)
                    fieldStart = p + 1
                } else if b == UInt8(ascii: "\n") {
                    break
                }
                p += 1
            }
            var end = p
            if end > fieldStart && base[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            row.starts.append(fieldStart)
            row.ends.append(end)
            p += 1
            if row.count == 1 && row.isEmpty(0) { continue }  // blank line
            if header {
                header = false
                let names = (0..<row.count).map { row.string($0) }
                guard names == columns else { fail("\(path): header \(names) is not \(columns)") }
                continue
            }
            guard row.count == columns.count else {
                fail("\(path):\(row.line): \(row.count) fields, expected \(columns.count)")
            }
            body(&row)
            rows += 1
        }
    }
    progress(String(format: "  %@: %d rows in %.2f s", name, rows, seconds(ContinuousClock.now - started)))
    return rows
}

// MARK: loading

let loadStarted = ContinuousClock.now
progress("==> loading \(directory)")

struct SubjectRow {
    var id: String
    var kind: SubjectKind
    var gender: Person.Gender?
    var members: MemberCounts?
}

var subjectRows: [SubjectRow] = []
var subjectIndex: [String: Int32] = [:]
readCSV(
    "subjects.csv", columns: ["id", "kind", "gender", "total", "completed", "disciplined", "women", "ldtt", "cstdcs"]
) { row in
    let id = row.string(0)
    let kind = need(SubjectKind(rawValue: row.string(1)), "\(row.path):\(row.line): unknown kind \(row.string(1))")
    let gender =
        row.isEmpty(2) ? nil : need(Person.Gender(rawValue: row.string(2)), "\(row.path):\(row.line): unknown gender")
    var members: MemberCounts?
    if let total = row.int(3) {
        var titles: [String: Int] = [:]
        if let n = row.int(7) { titles["LDTT"] = n }
        if let n = row.int(8) { titles["CSTDCS"] = n }
        members = MemberCounts(
            total: total, completed: row.int(4), disciplined: row.int(5), women: row.int(6), titles: titles)
    }
    guard subjectIndex.updateValue(Int32(subjectRows.count), forKey: id) == nil else {
        fail("\(row.path):\(row.line): duplicate id \(id)")
    }
    subjectRows.append(SubjectRow(id: id, kind: kind, gender: gender, members: members))
    if subjectRows.count % 100_000 == 0 { progress("  … \(subjectRows.count) subjects") }
}
let subjectCount = subjectRows.count

/// Resolves the subject column (field 0) to an index, reusing the previous row's answer when the id repeats
/// (the files are written grouped by subject, but any order works).
struct SubjectResolver {
    let subjectIndex: [String: Int32]
    var lastStart = 0, lastEnd = 0, lastIndex: Int32 = -1

    mutating func resolve(_ row: Row) -> Int32 {
        if lastIndex >= 0 && row.sameBytes(0, start: lastStart, end: lastEnd) { return lastIndex }
        guard let index = subjectIndex[row.string(0)] else {
            fail("\(row.path):\(row.line): unknown subject \(row.string(0))")
        }
        lastStart = row.starts[0]
        lastEnd = row.ends[0]
        lastIndex = index
        return index
    }
}

/// Row numbers grouped by subject (a counting sort): rows of subject s are order[offsets[s]..<offsets[s+1]].
struct Groups {
    var offsets: [Int]
    var order: [Int32]

    init(_ subjects: [Int32], count: Int) {
        offsets = [Int](repeating: 0, count: count + 1)
        for s in subjects { offsets[Int(s) + 1] += 1 }
        for i in 0..<count { offsets[i + 1] += offsets[i] }
        var next = offsets
        order = [Int32](repeating: 0, count: subjects.count)
        for (row, s) in subjects.enumerated() {
            order[next[Int(s)]] = Int32(row)
            next[Int(s)] += 1
        }
    }

    func rows(_ s: Int) -> ArraySlice<Int32> { order[offsets[s]..<offsets[s + 1]] }
}

func rating(_ row: Row, _ i: Int) -> Rating {
    switch row.firstByte(i) {
    case UInt8(ascii: "e"): return .excellent
    case UInt8(ascii: "g"): return .good
    case UInt8(ascii: "c"): return .completed
    case UInt8(ascii: "f"): return .failed
    default: fail("\(row.path):\(row.line): unknown rating \(row.string(i))")
    }
}

func scope(_ row: Row, _ i: Int) -> InitiativeScope {
    switch row.firstByte(i) {
    case UInt8(ascii: "g"): return .grassroots
    case UInt8(ascii: "m"): return .ministry
    case UInt8(ascii: "n"): return .national
    default: fail("\(row.path):\(row.line): unknown scope \(row.string(i))")
    }
}

// ratings.csv
var ratingSubject: [Int32] = []
var ratingYear: [Int16] = []
var ratingValue: [Rating] = []
do {
    var resolver = SubjectResolver(subjectIndex: subjectIndex)
    readCSV("ratings.csv", columns: ["subject", "year", "rating"]) { row in
        ratingSubject.append(resolver.resolve(row))
        ratingYear.append(Int16(row.requiredInt(1)))
        ratingValue.append(rating(row, 2))
    }
}

// achievements.csv
var achievementSubject: [Int32] = []
var achievements: [Achievement] = []
do {
    var resolver = SubjectResolver(subjectIndex: subjectIndex)
    var codes: [String: String] = [:]  // one shared String per code
    var types: [String: CommendationType] = [:]
    readCSV("achievements.csv", columns: ["subject", "code", "year", "type", "revoked"]) { row in
        achievementSubject.append(resolver.resolve(row))
        let codeText = row.string(1)
        let code =
            codes[codeText]
            ?? {
                codes[codeText] = codeText
                return codeText
            }()
        let typeText = row.string(3)
        let type =
            types[typeText]
            ?? {
                let t = need(CommendationType(rawValue: typeText), "\(row.path):\(row.line): unknown type \(typeText)")
                types[typeText] = t
                return t
            }()
        let revoked: Bool
        switch row.firstByte(4) {
        case UInt8(ascii: "1"), UInt8(ascii: "t"): revoked = true
        case UInt8(ascii: "0"), UInt8(ascii: "f"), 0: revoked = false
        default: fail("\(row.path):\(row.line): revoked must be 0 or 1")
        }
        achievements.append(Achievement(code: code, year: row.requiredInt(2), type: type, revoked: revoked))
    }
}

// initiatives.csv
var initiativeSubject: [Int32] = []
var initiatives: [InitiativeRecord] = []
do {
    var resolver = SubjectResolver(subjectIndex: subjectIndex)
    readCSV("initiatives.csv", columns: ["subject", "year", "scope"]) { row in
        initiativeSubject.append(resolver.resolve(row))
        initiatives.append(InitiativeRecord(year: row.requiredInt(1), scope: scope(row, 2)))
    }
}

// discipline.csv
var disciplineSubject: [Int32] = []
var disciplines: [DateSpan] = []
do {
    var resolver = SubjectResolver(subjectIndex: subjectIndex)
    readCSV("discipline.csv", columns: ["subject", "from", "to"]) { row in
        disciplineSubject.append(resolver.resolve(row))
        disciplines.append(DateSpan(from: need(row.date(1), "\(row.path):\(row.line): empty from"), to: row.date(2)))
    }
}

// pending.csv
var pendingSubject: [Int32] = []
var pendings: [PendingMatter] = []
do {
    var resolver = SubjectResolver(subjectIndex: subjectIndex)
    readCSV("pending.csv", columns: ["subject", "kind", "from", "to"]) { row in
        pendingSubject.append(resolver.resolve(row))
        let kind = need(
            PendingKind(rawValue: row.string(1)), "\(row.path):\(row.line): unknown pending kind \(row.string(1))")
        pendings.append(
            PendingMatter(
                kind: kind,
                span: DateSpan(from: need(row.date(2), "\(row.path):\(row.line): empty from"), to: row.date(3))))
    }
}

progress("==> building \(subjectCount) compact histories")
let ratingGroups = Groups(ratingSubject, count: subjectCount)
let achievementGroups = Groups(achievementSubject, count: subjectCount)
let initiativeGroups = Groups(initiativeSubject, count: subjectCount)
let disciplineGroups = Groups(disciplineSubject, count: subjectCount)
let pendingGroups = Groups(pendingSubject, count: subjectCount)

var subjects: [CompactHistory] = []
subjects.reserveCapacity(subjectCount)
for s in 0..<subjectCount {
    let info = subjectRows[s]
    var ratings: [Int: Rating] = [:]
    for r in ratingGroups.rows(s) {
        guard ratings.updateValue(ratingValue[Int(r)], forKey: Int(ratingYear[Int(r)])) == nil else {
            fail("ratings.csv: two ratings of \(info.id) in \(ratingYear[Int(r)])")
        }
    }
    subjects.append(
        CompactHistory(
            id: info.id, kind: info.kind, gender: info.gender, ratings: ratings,
            achievements: achievementGroups.rows(s).map { achievements[Int($0)] },
            initiatives: initiativeGroups.rows(s).map { initiatives[Int($0)] },
            discipline: disciplineGroups.rows(s).map { disciplines[Int($0)] },
            pending: pendingGroups.rows(s).map { pendings[Int($0)] },
            members: info.members))
    if (s + 1) % 100_000 == 0 { progress("  … \(s + 1) histories") }
}
// Free the loading buffers before timing.
subjectRows = []
subjectIndex = [:]
ratingSubject = []
ratingYear = []
ratingValue = []
achievementSubject = []
achievements = []
initiativeSubject = []
initiatives = []
disciplineSubject = []
disciplines = []
pendingSubject = []
pendings = []

let loadSeconds = seconds(ContinuousClock.now - loadStarted)
let people = subjects.filter { $0.kind == .person }.count
print("SUBJECTS person \(people)")
print("SUBJECTS collective \(subjects.count - people)")
print(String(format: "LOAD_SECONDS %.3f", loadSeconds))

// MARK: the sweep

let sweep = EligibilitySweep(engine: EligibilityEngine())
let codes = Catalogue.entries
progress(
    "==> sweep: \(subjects.count) subjects × \(codes.count) codes, year \(year), regime \(sweep.engine.context(year: year).regime.rawValue), \(runs) runs"
)
var best = Double.infinity
var counts: [String: [EligibilityResult.Outcome: Int]] = [:]
for run in 1...runs {
    let started = ContinuousClock.now
    let result = sweep.counts(subjects, codes: codes, year: year)
    let elapsed = seconds(ContinuousClock.now - started)
    print(String(format: "RUN_SECONDS %.4f", elapsed))
    progress(String(format: "  run %d: %.4f s", run, elapsed))
    if run > 1 && result != counts { fail("run \(run) gave other counts than run 1") }
    counts = result
    best = min(best, elapsed)
}
print(String(format: "SWEEP_SECONDS %.4f", best))

let outcomes: [EligibilityResult.Outcome] = [.eligible, .manualCheck, .notEligible]
for entry in codes {
    for outcome in outcomes {
        print("COUNT \(entry.code) \(outcome.rawValue) \(counts[entry.code]?[outcome] ?? 0)")
    }
}

// With ELIGIBILITY_OUTCOMES=path, every subject's outcome for every code that applies to it ("id code outcome"),
// for checking the SQL subject by subject when the counts disagree. Not timed.
if let path = ProcessInfo.processInfo.environment["ELIGIBILITY_OUTCOMES"], !path.isEmpty {
    let engine = sweep.engine
    let context = engine.context(year: year)
    var text = ""
    for entry in codes {
        let person =
            entry.subjectKinds.contains(.person)
            ? entry.condition(for: .person, regime: context.regime, settings: engine.settings) : nil
        let collective =
            entry.subjectKinds.contains(.collective)
            ? entry.condition(for: .collective, regime: context.regime, settings: engine.settings) : nil
        for s in subjects {
            guard let condition = s.kind == .person ? person : collective else { continue }
            text += "\(s.id) \(entry.code) \(engine.outcome(s, condition, context).rawValue)\n"
        }
    }
    guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else { fail("cannot write \(path)") }
}

var usage = rusage()
#if os(Linux)
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    print("MAX_RSS_MB \(usage.ru_maxrss / 1024)")  // kilobytes on Linux
#else
    getrusage(RUSAGE_SELF, &usage)
    print("MAX_RSS_MB \(usage.ru_maxrss / 1024 / 1024)")  // bytes on macOS
#endif
