/// What may make a limitation read fine: `way-forward` and `third-party` in the stances' `softened-by:`.
package enum LimitationReason: String, Sendable { case wayForward = "way-forward", thirdParty = "third-party" }
