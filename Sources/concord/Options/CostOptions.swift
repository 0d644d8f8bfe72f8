import ArgumentParser
import ConcordAlign

/// The aligner's cost settings a user may change.
struct CostOptions: ParsableArguments {
    @Option(name: .customLong("skip-cost"), help: ArgumentHelp("Cost of leaving one sentence unaligned; lower finds more omissions.", valueName: "cost"))
    var skipCost: Double?

    @Option(name: .customLong("lexical-weight"), help: ArgumentHelp("Weight of shared numbers, names and words against sentence lengths.", valueName: "weight"))
    var lexicalWeight: Double?

    func validate() throws {
        if let skipCost, !(skipCost > 0 && skipCost.isFinite) { throw ValidationError("'--skip-cost' must be a positive number") }
        if let lexicalWeight, !(lexicalWeight >= 0 && lexicalWeight.isFinite) { throw ValidationError("'--lexical-weight' must be zero or more") }
    }

    /// The default parameters with the options given.
    var parameters: CostParameters {
        var parameters = CostParameters()
        if let skipCost { parameters.skipCost = skipCost }
        if let lexicalWeight {
            parameters.lexicalWeight = lexicalWeight
            parameters.crossScriptLexicalWeight = lexicalWeight
        }
        return parameters
    }
}
