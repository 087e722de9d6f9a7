import Testing

/// The CI output formats as their real readers see them (Scripts/conformance/, run by ``ConformancePython``): JUnit
/// against the Jenkins schema and junitparser, the job summary through cmark-gfm, SARIF against the OASIS schema.
@Suite struct CIFormatConformanceTests {
    @Test(
        .enabled(
            if: ConformancePython.has("lxml", "junitparser"),
            "needs TACTFUL_PYTHON with lxml and junitparser; .ci/run installs them"))
    func junitIsValidForJenkinsAndCountsAgreeWithJunitparser() throws {
        let result = try ConformancePython.run("junit_check.py")
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test(
        .enabled(
            if: ConformancePython.has("cmarkgfm", "lxml"),
            "needs TACTFUL_PYTHON with cmarkgfm and lxml; .ci/run installs them"))
    func stepSummaryRendersOneTableRowPerFindingInCmarkGFM() throws {
        let result = try ConformancePython.run("step_summary_check.py")
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test(
        .enabled(if: ConformancePython.has("jsonschema"), "needs TACTFUL_PYTHON with jsonschema; .ci/run installs it"))
    func sarifIsValidAgainstTheOASISSchemaAndLocationsResolve() throws {
        let result = try ConformancePython.run("sarif_check.py")
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }
}
