"""`tactful mcp` driven by the official MCP Python SDK (`mcp` on PyPI), as an MCP client host would.

Initializes, lists the tools, calls every tool with arguments that succeed (the SDK validates each result's
structured content against the tool's outputSchema and raises when it does not match), then the error cases:
an unknown tool, a call without a name and one whose arguments are not an object are JSON-RPC errors -32602;
a missing required argument is a tool error (isError). A second server with no rates file and no network says
what its MCP user can do.

Run by TactfulCLITests (ConformancePython.run) with the built binary in TACTFUL_BINARY. Prints what failed and
exits 1; finishes in seconds, and gives up after TIMEOUT seconds.
"""

import os
import sys
import tempfile

import anyio
import mcp_types as types
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp.shared.exceptions import MCPError

TIMEOUT = 240  # per session: a debug build compiling rules while a whole test run shares 2 cores is slow
TOOLS = {
    "lint_draft", "sla_due", "list_markets", "holidays", "guide",
    "convert_size", "convert_money", "convert_units", "convert_draft",
}
SCHEDULE = 'timezone: Asia/Shanghai\nhours: {fri: ["09:00-18:00"], mon: ["09:00-18:00"]}'
# Every tool, with arguments that succeed; several per tool where the answer's shape has optional parts.
CALLS = [
    ("lint_draft", {"text": "The label costs $5.00.", "market": "en-GB"}),
    ("lint_draft", {"text": "The label costs $5.00.", "market": "en-GB", "rewrite": "unsafe"}),
    ("lint_draft", {"text": "Wir rufen Sie um 5pm an.", "market": "de-DE", "rewrite": "safe"}),
    ("sla_due", {"schedule": SCHEDULE, "from": "2026-03-06T16:00:00+08:00", "target": "4h"}),
    ("sla_due", {"schedule": SCHEDULE, "from": "2026-03-06T16:00:00+08:00", "policy": "email",
                 "market": "de-DE", "now": "2026-03-06T09:00:00Z"}),
    ("list_markets", {}),
    ("holidays", {"market": "CN", "year": 2026}),
    ("holidays", {"market": "de-DE", "from": "2026-12-01", "to": "2026-12-31", "uiLanguage": "en"}),
    ("guide", {"market": "de-DE", "from": "2026-09-20"}),
    ("guide", {"market": "zh-CN", "uiLanguage": "zh-Hans", "from": "2026-09-20", "format": "md"}),
    ("convert_size", {"size": "42", "from": "EU", "to": "US", "category": "shoes-men", "market": "de-DE"}),
    ("convert_size", {"measure": "26.5cm", "category": "shoes-men"}),
    ("convert_size", {"measure": "74cm,88cm", "category": "bras"}),
    ("convert_money", {"amount": "49.99", "currency": "USD", "to": "EUR", "market": "de-DE"}),
    ("convert_money", {"amount": "20", "currency": "EUR", "to": "CHF", "market": "de-CH", "cash": True}),
    ("convert_units", {"quantity": "10 in", "market": "de-DE"}),
    ("convert_units", {"quantity": "180 cm", "to": "foot-and-inch"}),
    ("convert_draft", {"text": "The strap is 10 inches and costs $49.99.", "market": "de-DE"}),
]
RATES = "currency,rate\ndate,2026-03-13\nUSD,1.0818\nJPY,161.50\nCHF,0.9561\n"

failures: list[str] = []


def check(condition: bool, what: str) -> None:
    if not condition:
        failures.append(what)


def server(folder: str, args: list[str], env: dict[str, str] | None = None) -> StdioServerParameters:
    # The folder has no .tactful.yml, so no config of the repository's applies.
    return StdioServerParameters(command=os.environ["TACTFUL_BINARY"], args=["mcp", *args], cwd=folder, env=env)


async def expect_protocol_error(session: ClientSession, params: dict, what: str) -> None:
    """A tools/call with these params (sent as they are, past the SDK's typed builder) answers -32602."""
    request = types.Request[dict, str](method="tools/call", params=params)
    try:
        await session.send_request(request, types.CallToolResult)
        failures.append(f"{what}: answered as a success, not as error -32602")
    except MCPError as error:
        check(error.code == -32602, f"{what}: error {error.code} ({error.message}), not -32602")


async def conversation(folder: str, rates: str) -> None:
    async with stdio_client(server(folder, ["--rates", rates])) as (read, write):
        async with ClientSession(read, write) as session:
            initialized = await session.initialize()
            check(initialized.server_info.name == "tactful", f"server name {initialized.server_info.name!r}")
            check(initialized.protocol_version == "2025-11-25", f"protocol {initialized.protocol_version}")

            listed = await session.list_tools()
            names = {tool.name for tool in listed.tools}
            check(names == TOOLS, f"tools {sorted(names)}")
            for tool in listed.tools:
                check(tool.input_schema.get("type") == "object", f"{tool.name}: inputSchema is not an object schema")
                check((tool.output_schema or {}).get("type") == "object", f"{tool.name}: no object outputSchema")

            called = set()
            for name, arguments in CALLS:
                try:
                    result = await session.call_tool(name, arguments)  # validates structuredContent
                except (MCPError, RuntimeError) as error:
                    failures.append(f"{name} {arguments}: {error}")
                    continue
                text = result.content[0].text if result.content else ""
                check(not result.is_error, f"{name} {arguments}: tool error {text}")
                called.add(name)
                structured = result.structured_content or {}
                if name == "lint_draft" and arguments.get("rewrite") == "unsafe":
                    # "US$5.00" is still foreign to a GBP customer: the guard refuses the rewrite and says why.
                    check(structured.get("rewritten") == "The label costs $5.00."
                          and "new finding" in (structured.get("rewriteRefused") or ""), f"refused rewrite: {structured}")
                if name == "lint_draft" and arguments.get("rewrite") == "safe":
                    check(structured.get("rewritten") == "Wir rufen Sie um 17:00 an." and structured.get("applied") == 1,
                          f"rewritten: {structured}")
                if name == "convert_money" and arguments["currency"] == "USD":
                    check(structured.get("formatted") == "46,21\u00a0€", f"money: {structured.get('formatted')!r}")
            check(called == TOOLS, f"tools that answered: {sorted(called)}")

            try:
                await session.call_tool("no_such_tool", {})
                failures.append("unknown tool: answered as a success, not as error -32602")
            except MCPError as error:
                check(error.code == -32602, f"unknown tool: error {error.code}, not -32602")
                check("no_such_tool" in error.message, f"unknown tool: message {error.message!r}")
            await expect_protocol_error(session, {"arguments": {"text": "Hi"}}, "tools/call without name")
            await expect_protocol_error(
                session, {"name": "lint_draft", "arguments": "Hi"}, "tools/call with arguments not an object")
            missing = await session.call_tool("lint_draft", {"market": "en-GB"})
            check(missing.is_error is True, "lint_draft without text: not a tool error")
            check(missing.content[0].text.startswith("text: "), f"lint_draft without text: {missing.content[0].text}")


async def offline(folder: str) -> None:
    empty = os.path.join(folder, "empty-cache")
    unreachable = "http://127.0.0.1:9"  # nothing listens on the discard port: curl fails at once
    env = {"XDG_CACHE_HOME": empty, "https_proxy": unreachable, "HTTPS_PROXY": unreachable}
    async with stdio_client(server(folder, [], env)) as (read, write):
        async with ClientSession(read, write) as session:
            await session.initialize()
            result = await session.call_tool("convert_money", {"amount": "1", "currency": "USD", "to": "EUR"})
            text = result.content[0].text if result.content else ""
            check(result.is_error is True, f"convert_money without rates: not a tool error: {text}")
            check('"--rates", "FILE"' in text and "tactful mcp" in text and "serve: rates:" in text,
                  f"convert_money without rates does not say what the MCP user can do: {text}")
            check("pass --rates FILE" not in text, f"convert_money without rates gives the CLI's advice: {text}")


def leaves(error: BaseException) -> list[BaseException]:
    """The errors inside anyio's exception groups."""
    if isinstance(error, BaseExceptionGroup):
        return [leaf for inner in error.exceptions for leaf in leaves(inner)]
    return [error]


async def main() -> None:
    with tempfile.TemporaryDirectory(prefix="tactful-mcp-") as folder:
        rates = os.path.join(folder, "rates.csv")
        with open(rates, "w") as file:
            file.write(RATES)
        for phase in (lambda: conversation(folder, rates), lambda: offline(folder)):
            try:
                with anyio.fail_after(TIMEOUT):
                    await phase()
            except Exception as error:  # the session broke off: say how, and go on to the next phase
                failures.extend(f"{type(leaf).__name__}: {leaf}" for leaf in leaves(error))


if __name__ == "__main__":
    anyio.run(main)
    for failure in failures:
        print("FAIL:", failure)
    print(f"mcp conformance: {len(CALLS)} tool calls, {len(failures)} failure(s)")
    sys.exit(1 if failures else 0)
