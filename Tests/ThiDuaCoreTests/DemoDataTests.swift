import Foundation
import Testing

@testable import ThiDuaCore

private func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }
private func nfc(_ s: String) -> String { s.precomposedStringWithCanonicalMapping }

/// The pure parts of the sample data (the seed article), checked without a database.
@Suite struct DemoDataTests {

    private var memberCodes: Set<String> { Set(DemoData.members.map(\.code)) }

    private func namedPerson(_ name: String) -> (
        name: String, gender: Person.Gender, born: Int, unit: String, position: String
    )? {
        // Canonical equivalence on purpose: the seed may hold NFD.
        DemoData.namedPeople.first { $0.name == name }
    }

    @Test func blocHas15MembersCodedDV01ToDV15() {
        // setup
        let expected = (1...15).map { String(format: "DV%02d", $0) }
        // MUT
        let codes = DemoData.members.map(\.code)
        // validation
        #expect(codes.count == 15)
        #expect(Set(codes).count == 15)
        #expect(codes == expected)
    }

    @Test func everyUnitCodeIsUniqueAndValidAsADraft() throws {
        // setup
        let seeds = [DemoData.root] + DemoData.departments + DemoData.members + DemoData.provincialAlliances
        // MUT
        let units = try seeds.map {
            try OrgUnitDraft(code: $0.code, name: $0.name, shortName: $0.shortName, kind: $0.kind.rawValue).validated()
        }
        // validation
        #expect(Set(seeds.map(\.code)).count == seeds.count)
        #expect(units.map(\.code) == seeds.map(\.code))  // already upper-case and valid
        #expect(DemoData.provincialAlliances.count == 5)
        #expect(DemoData.members.allSatisfy { $0.kind == .publicServiceUnit || $0.kind == .enterprise })
    }

    @Test func rotationCovers2021To2023() {
        // setup
        // MUT
        let years = Set(DemoData.rotation.keys)
        // validation
        #expect(years == [2021, 2022, 2023])
        #expect(years == Set(DemoData.years))
    }

    @Test(arguments: [2021, 2022, 2023])
    func rotationHeadAndDeputyAreDistinctMembersOfTheBloc(year: Int) throws {
        // setup
        let codes = memberCodes
        // MUT
        let r = try #require(DemoData.rotation[year])
        // validation
        #expect(r.head != r.deputy)
        #expect(codes.contains(r.head), "\(year) head \(r.head)")
        #expect(codes.contains(r.deputy), "\(year) deputy \(r.deputy)")
    }

    @Test func headChangesEveryYear() throws {
        // setup
        // MUT
        let heads = try DemoData.years.map { try #require(DemoData.rotation[$0]).head }
        // validation
        #expect(Set(heads).count == heads.count)
    }

    @Test func cooperativeDevelopmentFundHeadsTheBlocIn2022() throws {
        // setup
        let head = try #require(DemoData.rotation[2022]).head
        // MUT
        let unit = try #require(DemoData.members.first { $0.code == head })
        // validation
        #expect(head == "DV01")
        #expect(bytes(nfc(unit.name)) == bytes(nfc("Quỹ Phát triển Hợp tác xã")))
    }

    @Test func clusterRotationUsesProvincialAlliances() {
        // setup
        let alliances = Set(DemoData.provincialAlliances.map(\.code))
        // MUT
        let rotation = DemoData.clusterRotation
        // validation
        #expect(!rotation.isEmpty)
        for (year, r) in rotation {
            #expect(r.head != r.deputy, "\(year)")
            #expect(alliances.contains(r.head), "\(year)")
            #expect(alliances.contains(r.deputy), "\(year)")
        }
    }

    @Test func namedPeopleIncludeTheFundDirectorAndTheVicePresident() throws {
        // setup
        // MUT
        let director = try #require(namedPerson("Phạm Công Bằng"))
        let nghi = try #require(namedPerson("Lê Văn Nghị"))
        // validation
        #expect(director.unit == "DV01")
        #expect(director.position == "Tổng Giám đốc")
        #expect(director.gender == .male)
        #expect(nghi.unit == DemoData.root.code)
    }

    @Test func everyNamedPersonBelongsToASeededUnit() {
        // setup
        let seeds = [DemoData.root] + DemoData.departments + DemoData.members + DemoData.provincialAlliances
        let codes = Set(seeds.map(\.code))
        // MUT
        // validation
        for p in DemoData.namedPeople {
            #expect(codes.contains(p.unit), "\(p.name) in \(p.unit)")
        }
    }

    @Test func twoSpellingsOfHoaShareOneSearchKeyAndTheSecondIsNFD() throws {
        // setup
        let hoaOnA = try #require(namedPerson("Nguyễn Văn Hoà"))  // tone on a
        let hoaOnO = try #require(namedPerson("Nguyễn Văn Hòa"))  // tone on o
        // MUT
        let keyA = VietnameseText.searchKey(hoaOnA.name)
        let keyO = VietnameseText.searchKey(hoaOnO.name)
        // validation
        #expect(bytes(keyA) == bytes("nguyen van hoa"))
        #expect(bytes(keyO) == bytes(keyA))
        // They are different spellings, not just different encodings.
        #expect(bytes(nfc(hoaOnA.name)) != bytes(nfc(hoaOnO.name)))
        // The first is stored NFC; the second arrives as NFD, so the demo exercises NFD input.
        #expect(bytes(hoaOnA.name) == bytes(nfc(hoaOnA.name)))
        #expect(bytes(hoaOnO.name) != bytes(nfc(hoaOnO.name)))
        #expect(bytes(hoaOnO.name) == bytes(hoaOnO.name.decomposedStringWithCanonicalMapping))
    }

    @Test func namedPeopleValidateAndAreStoredAsNFC() throws {
        // setup
        let unit = UUID()
        // MUT
        let people = try DemoData.namedPeople.map {
            try PersonDraft(
                fullName: $0.name, gender: $0.gender.rawValue, birthYear: $0.born, unitID: unit,
                position: $0.position
            ).validated(currentYear: 2023)
        }
        // validation
        #expect(people.count == DemoData.namedPeople.count)
        for person in people {
            #expect(bytes(person.fullName) == bytes(nfc(person.fullName)), "\(person.fullName)")
        }
    }

    @Test func demoPasswordAndBloc() {
        // setup
        // MUT
        // validation
        #expect(DemoData.password == "demo")
        #expect(DemoData.blocCode == "KTD-SNDN")
        #expect(DemoData.years == 2021...2023)
    }

    // MARK: SplitMix64

    @Test func splitMix64IsDeterministicPerSeed() {
        // setup
        var a = SplitMix64(seed: 2022)
        var b = SplitMix64(seed: 2022)
        var c = SplitMix64(seed: 2023)
        // MUT
        let first = (0..<20).map { _ in a.next() }
        let second = (0..<20).map { _ in b.next() }
        let other = (0..<20).map { _ in c.next() }
        // validation
        #expect(first == second)
        #expect(first != other)
        #expect(Set(first).count == 20)  // not stuck on one value
    }

    @Test func splitMix64MatchesTheReferenceAlgorithm() {
        // setup: the published SplitMix64 output for seed 0 (Vigna's splitmix64.c)
        var rng = SplitMix64(seed: 0)
        // MUT
        let values = (0..<3).map { _ in rng.next() }
        // validation
        #expect(values == [0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F])
    }

    @Test func demoNamesAreDeterministicAndWellFormed() {
        // setup
        var a = SplitMix64(seed: 7)
        var b = SplitMix64(seed: 7)
        // MUT
        let names = (0..<50).map { i in DemoNames.random(i % 2 == 0 ? .male : .female, &a) }
        let again = (0..<50).map { i in DemoNames.random(i % 2 == 0 ? .male : .female, &b) }
        // validation
        #expect(names == again)
        for name in names {
            #expect(name.split(separator: " ").count == 3, "\(name)")
            #expect(bytes(name) == bytes(nfc(name)), "\(name)")
        }
    }

    @Test func onlyTheCompaniesStaffBelowTheirManagersAreWorkers() {
        // setup
        let seeds = [DemoData.root] + DemoData.departments + DemoData.members + DemoData.provincialAlliances
        var rng = SplitMix64(seed: 1)
        // MUT
        let categories = seeds.flatMap { seed in
            (0..<22).map { i in
                (
                    seed, i, DemoData.category(of: seed, staffIndex: i),
                    DemoNames.position(index: i, kind: seed.kind, &rng)
                )
            }
        }
        // validation
        for (seed, i, category, position) in categories {
            let worker = seed.kind == .enterprise && i >= 7
            #expect(category == (worker ? .worker : .publicEmployee), "\(seed.code) #\(i)")
            if worker {
                #expect(!["Giám đốc", "Phó Giám đốc", "Trưởng phòng", "Kế toán trưởng"].contains(position))
            }
        }
    }
}
