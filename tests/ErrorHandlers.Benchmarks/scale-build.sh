#!/usr/bin/env bash
# Build cost at scale: generates a web project with N handlers (default 3,000) in 100 scopes, each keyed by its own
# exception class, some by status codes, with bodies the analyzers read, and builds it with -p:ReportAnalyzer=true:
# a cold build (--no-incremental), then a warm build after an edit inside one handler's body. Prints the time of
# ErrorHandlers' generator and analyzers, and of .NET's own generators and analyzers, in each build. Then what the
# compiler takes for the whole project, with ErrorHandlers' generator and analyzers and without them (the runtime and
# the handlers stay): that difference is what they cost a build, including compiling the code the generator writes.
# Usage: tests/ErrorHandlers.Benchmarks/scale-build.sh [handlers, default 3000]
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
handlers=${1:-3000}
scopes=100
work=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT

cat > "$work/Scale.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$repo/runtime/ErrorHandlers.csproj" />
    <ProjectReference Include="$repo/generator/ErrorHandlers.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" Condition="'\$(WithoutTooling)' != 'true'" />
    <ProjectReference Include="$repo/analyzers/ErrorHandlers.Analyzers.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" Condition="'\$(WithoutTooling)' != 'true'" />
  </ItemGroup>
</Project>
PROJECT

cat > "$work/Program.cs" <<'PROGRAM'
using ErrorHandlers;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddErrorHandlers();
var app = builder.Build();
app.UseErrorHandlers();
app.MapGet("/", () => "scale");
app.Run();
PROGRAM

codes=(400 401 403 404 405 409 410 422 429 503)
per_scope=$(( handlers / scopes ))
for scope in $(seq 0 $(( scopes - 1 ))); do
  {
    echo "using ErrorHandlers;"
    echo
    echo "namespace Scale.Scope$scope;"
    echo
    echo "[ErrorHandlerScope(\"scope$scope\")]"
    echo "internal static class Handlers"
    echo "{"
    for h in $(seq 0 $(( per_scope - 1 ))); do
      if [ "$h" -lt "${#codes[@]}" ]; then
        code=${codes[$h]}
        echo "    [ErrorHandler($code)]"
        echo "    internal static IResult Code$code(HttpException e, HttpRequest request) =>"
        echo "        Results.Json(new { e.Description, path = request.Path.Value }, statusCode: e.StatusCode);"
      else
        echo "    internal sealed class Failure$h(string message) : Exception(message);"
        echo "    [ErrorHandler]"
        echo "    internal static IResult Handle$h(Failure$h e) => e.Message.Length > 3"
        echo "        ? Results.Problem(title: e.Message, statusCode: 500)"
        echo "        : Results.Json(new { e.Message }, statusCode: 409);"
      fi
    done
    echo "}"
  } > "$work/Handlers$scope.cs"
done

report() {
  # ReportAnalyzer's table: seconds, percent, then the assembly (or, indented below it, each analyzer or generator).
  grep -E '^\s+[0-9]+\.[0-9]+\s+[<0-9]+\s+(ErrorHandlers\.(Generator|Analyzers),|Microsoft\.Extensions\.Validation\.ValidationsGenerator,|Microsoft\.AspNetCore\.App\.(Analyzers|SourceGenerators),)' "$1" \
    | sed -E 's/, Version=.*//; s/^\s+/  /' | sort -u
  grep -E 'Total (analyzer|generator) execution time' "$1" | sed -E 's/^\s+/  /' | sort -u
}

cd "$work"
dotnet restore -v q >/dev/null
echo "$handlers handlers in $scopes scopes"
echo "cold build:"
dotnet build --no-restore --no-incremental -p:ReportAnalyzer=true -v:detailed > build-cold.log
report build-cold.log
sed -i '0,/e.Message.Length > 3/s//e.Message.Length > 4/' Handlers0.cs
echo "warm build after an edit inside one handler's body:"
dotnet build --no-restore -p:ReportAnalyzer=true -v:detailed > build-warm.log
report build-warm.log

compile() {
  # The compiler's own time for this project alone (its references are built), from MSBuild's task summary.
  dotnet build --no-restore --no-incremental -p:BuildProjectReferences=false -p:WithoutTooling="$1" -clp:PerformanceSummary -v:m \
    | grep -E '^\s+[0-9]+ ms\s+Csc ' | awk '{ printf "%.2f s", $1 / 1000 }'
}

echo "the compiler's time for the project, cold, twice each:"
for tooling in with without with without; do
  echo "  $tooling ErrorHandlers' generator and analyzers: $(compile "$([ $tooling = without ] && echo true || echo false)")"
done
