import Foundation

/// A condition flattened for sweeps: plain values in prefix order, no references. The loop over a million
/// subjects then does no reference counting, and threads share it freely. Each leaf calls the same
/// `CheckLeaf` function as `Check.truth`, so the answers are the same (a test compares them).
public struct CompiledCondition: Sendable {
    enum Kind: UInt8 {
        case all, any, ratedConsecutively, ratedOnce, titleConsecutively, titleCount, consecutiveAwards, heldBefore,
            initiatives,
            noDiscipline, noPending, memberShare, memberCount, noMemberDisciplined, subjectKind, category, manual,
            cycle
    }

    struct Op {
        var kind: Kind
        /// Ops in this subtree, itself included: how far to skip when an answer is already known.
        var size: Int32 = 1
        /// Direct children of `all` and `any`.
        var children: Int32 = 0
        var a: Int32 = 0, b: Int32 = 0, c: Int32 = 0, d: Int32 = 0
        var code: UInt16 = 0
        /// For member checks: -1 for "completed", else an index into `measureCodes`.
        var measure: Int16 = -1
        var flag = false
    }

    let ops: [Op]
    let measureCodes: [String]

    public init(_ condition: Condition) {
        var ops: [Op] = []
        var measureCodes: [String] = []
        func measure(_ m: MemberMeasure) -> Int16 {
            switch m {
            case .completed: return -1
            case .title(let code):
                if let i = measureCodes.firstIndex(of: code) { return Int16(i) }
                measureCodes.append(code)
                return Int16(measureCodes.count - 1)
            }
        }
        func rank(_ r: Rating) -> Int32 { Int32(r.rank) }
        func emit(_ c: Condition) {
            let start = ops.count
            switch c {
            case .all(let parts):
                ops.append(Op(kind: .all, children: Int32(parts.count)))
                parts.forEach(emit)
            case .any(let routes):
                ops.append(Op(kind: .any, children: Int32(routes.count)))
                for route in routes { emit(route.condition) }
            case .cycle(let cycle, let inner):
                ops.append(Op(kind: .cycle, children: 1, code: CatalogueCode.id(cycle.code)))
                emit(inner)
            case .rule(let rule):
                switch rule.check {
                case .ratedConsecutively(let years, let minimum):
                    ops.append(Op(kind: .ratedConsecutively, a: Int32(years), b: rank(minimum)))
                case .ratedOnce(let rating, let within):
                    ops.append(Op(kind: .ratedOnce, a: rank(rating), b: Int32(within)))
                case .titleConsecutively(let code, let times):
                    ops.append(Op(kind: .titleConsecutively, a: Int32(times), code: CatalogueCode.id(code)))
                case .titleCount(let code, let times, let within):
                    ops.append(Op(kind: .titleCount, a: Int32(times), b: Int32(within), code: CatalogueCode.id(code)))
                case .consecutiveAwards(let code, let times, let spacing, let latestWithin):
                    ops.append(
                        Op(
                            kind: .consecutiveAwards, a: Int32(times), b: Int32(spacing), c: Int32(latestWithin),
                            code: CatalogueCode.id(code)))
                case .heldBefore(let code, let yearsAfter):
                    ops.append(Op(kind: .heldBefore, a: Int32(yearsAfter), code: CatalogueCode.id(code)))
                case .initiatives(let count, let scope, let within, let notUsedFor):
                    ops.append(
                        Op(
                            kind: .initiatives, a: Int32(count), b: Int32(scope.rank), c: Int32(within),
                            code: notUsedFor.map(CatalogueCode.id) ?? 0, flag: notUsedFor != nil))
                case .noDiscipline(let within): ops.append(Op(kind: .noDiscipline, a: Int32(within)))
                case .noPending: ops.append(Op(kind: .noPending))
                case .memberShare(let m, let percent, let strictlyAbove):
                    ops.append(Op(kind: .memberShare, a: Int32(percent), measure: measure(m), flag: strictlyAbove))
                case .memberCount(let m, let atLeast):
                    ops.append(Op(kind: .memberCount, a: Int32(atLeast), measure: measure(m)))
                case .noMemberDisciplined(let manualIfAny):
                    ops.append(Op(kind: .noMemberDisciplined, flag: manualIfAny))
                case .subjectKind(let kind): ops.append(Op(kind: .subjectKind, a: kind == .person ? 0 : 1))
                case .category(let categories):
                    ops.append(Op(kind: .category, a: categories.reduce(0) { $0 | $1.bit }))
                case .manual: ops.append(Op(kind: .manual))
                }
            }
            ops[start].size = Int32(ops.count - start)
        }
        emit(condition)
        self.ops = ops
        self.measureCodes = measureCodes
    }

    public func truth(_ h: CompactHistory, _ c: EvaluationContext) -> Truth {
        let plan = self.plan()
        defer { plan.deallocate() }
        return withUnsafePointer(to: h) { plan.truth($0, c) }
    }

    /// The ops and codes copied to memory the caller owns: a plain value that a hot loop and its threads can
    /// use without any reference counting. `deallocate()` it after the loop.
    public func plan() -> Plan {
        let o = UnsafeMutableBufferPointer<Op>.allocate(capacity: ops.count)
        _ = o.initialize(from: ops)
        let c = UnsafeMutableBufferPointer<String>.allocate(capacity: max(measureCodes.count, 1))
        _ = c.initialize(from: measureCodes)
        return Plan(ops: UnsafeBufferPointer(o), codes: UnsafeBufferPointer(c), codeCount: measureCodes.count)
    }

    public struct Plan: @unchecked Sendable {
        let ops: UnsafeBufferPointer<Op>
        let codes: UnsafeBufferPointer<String>
        let codeCount: Int

        public func truth(_ h: UnsafePointer<CompactHistory>, _ c: EvaluationContext) -> Truth {
            CompiledCondition.eval(ops, 0, h, c, codes)
        }

        public func deallocate() {
            UnsafeMutableBufferPointer(mutating: ops).deallocate()
            let c = UnsafeMutableBufferPointer(mutating: codes)
            c.baseAddress!.deinitialize(count: codeCount)
            c.deallocate()
        }
    }

    private static func eval(
        _ ops: UnsafeBufferPointer<Op>, _ i: Int, _ hp: UnsafePointer<CompactHistory>, _ c: EvaluationContext,
        _ codes: UnsafeBufferPointer<String>
    ) -> Truth {
        let op = ops[i]
        typealias L = CheckLeaf
        // `hp.pointee` is passed straight into each leaf: a local copy would retain the history's arrays.
        func measure() -> MemberMeasure { op.measure < 0 ? .completed : .title(codes[Int(op.measure)]) }
        switch op.kind {
        case .all:
            var result = Truth.holds
            var j = i + 1
            for _ in 0..<op.children {
                result = Truth.all(result, eval(ops, j, hp, c, codes))
                if result == .fails { return .fails }
                j += Int(ops[j].size)
            }
            return result
        case .any:
            var result = Truth.fails
            var j = i + 1
            for _ in 0..<op.children {
                result = Truth.any(result, eval(ops, j, hp, c, codes))
                if result == .holds { return .holds }
                j += Int(ops[j].size)
            }
            return result
        case .ratedConsecutively: return L.ratedConsecutively(hp.pointee, c, Int(op.a), Rating(rank: Int(op.b)))
        case .ratedOnce: return L.ratedOnce(hp.pointee, c, Rating(rank: Int(op.a)), Int(op.b))
        case .titleConsecutively: return L.titleConsecutively(hp.pointee, c, op.code, Int(op.a))
        case .titleCount: return L.titleCount(hp.pointee, c, op.code, Int(op.a), Int(op.b))
        case .consecutiveAwards: return L.consecutiveAwards(hp.pointee, c, op.code, Int(op.a), Int(op.b), Int(op.c))
        case .heldBefore: return L.heldBefore(hp.pointee, c, op.code, Int(op.a))
        case .initiatives:
            return L.initiatives(
                hp.pointee, c, Int(op.a), InitiativeScope(rank: Int(op.b)), Int(op.c), op.flag ? op.code : nil)
        case .noDiscipline: return L.noDiscipline(hp.pointee, c, Int(op.a))
        case .noPending: return L.noPending(hp.pointee, c)
        case .memberShare: return L.memberShare(hp.pointee, measure(), Int(op.a), op.flag)
        case .memberCount: return L.memberCount(hp.pointee, measure(), Int(op.a))
        case .noMemberDisciplined: return L.noMemberDisciplined(hp.pointee, op.flag)
        case .subjectKind: return (hp.pointee.kind == .person) == (op.a == 0) ? .holds : .fails
        case .category: return op.a & hp.pointee.personCategory.bit != 0 ? .holds : .fails
        case .manual: return .unknown
        case .cycle: return eval(ops, i + 1, hp, c.within(op.code, hp), codes)
        }
    }
}

extension Person.Category {
    /// One bit per category, for the compiled form of `Check.category`.
    fileprivate var bit: Int32 {
        switch self {
        case .civilServant: return 1
        case .publicEmployee: return 2
        case .worker: return 4
        case .farmer: return 8
        case .cooperativeMember: return 16
        case .other: return 32
        }
    }
}
