import Testing

/// The hooks of `.pre-commit-hooks.yaml`, run by pre-commit itself (Scripts/conformance/pre_commit_check.py).
@Suite struct PreCommitHookTests {
    @Test(
        .enabled(if: ConformancePython.has("pre_commit"), "needs TACTFUL_PYTHON with pre-commit; .ci/run installs it"))
    func lintHookIsHandedDraftsOnly() throws {
        let result = try ConformancePython.run("pre_commit_check.py")
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }
}
