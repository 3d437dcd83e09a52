#!/usr/bin/env pwsh
# SiteGen tasks for PowerShell. build.sh offers the same tasks for bash; keep the two in step
# (a test parses this file with the PowerShell parser and compares the task lists).
#
#   ./build.ps1 site [sitegen build options]   build the guide into _site/
#   ./build.ps1 test                           run every test suite and print "N passed, N failed"
#   ./build.ps1 check                          build the guide with warnings as errors into a scratch folder
#   ./build.ps1 pack                           pack the sitegen dotnet tool into artifacts/packages
#   ./build.ps1 bench [guide|corpus|search|rebuild|anchors]   benchmarks (docs/performance.md); anchors runs
#                                              Hugo + Pagefind side by side with SiteGen at 100, 1,000 and 10,000 pages
#   ./build.ps1 clean                          remove build outputs
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateSet('site', 'test', 'check', 'pack', 'bench', 'clean')]
    [string] $Task = 'site',

    [Parameter(Position = 1, ValueFromRemainingArguments = $true)]
    [string[]] $Rest = @()
)

$ErrorActionPreference = 'Stop'
Set-Location -LiteralPath $PSScriptRoot
$configuration = if ($env:CONFIGURATION) { $env:CONFIGURATION } else { 'Release' }

function Invoke-Native {
    param([string] $Command, [string[]] $Arguments)
    & $Command @Arguments
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}

function Invoke-SiteGen {
    # Builds the tool only when a source is newer than it, then runs the built binary: a build of the guide
    # then costs what sitegen costs, not `dotnet run`'s up-to-date check (about 2 s) every time.
    param([string[]] $Arguments)
    $tool = "src/SiteGen.Cli/bin/$configuration/net10.0/SiteGen.Cli.dll"
    $stale = -not (Test-Path -LiteralPath $tool)
    if (-not $stale) {
        $built = (Get-Item -LiteralPath $tool).LastWriteTimeUtc
        $stale = [bool](Get-ChildItem -Path src, theme, Directory.Packages.props, Directory.Build.props -Recurse -File |
            Where-Object { $_.LastWriteTimeUtc -gt $built -and $_.FullName -notmatch '[\\/](bin|obj)[\\/]' } | Select-Object -First 1)
    }
    if ($stale) { Invoke-Native dotnet @('build', 'src/SiteGen.Cli', '-c', $configuration, '--nologo', '-v', 'quiet') }
    Invoke-Native dotnet (@($tool) + $Arguments)
}

function Install-TestTools {
    # The HTML validator (vnu.jar) comes from npm; without npm those tests report as skipped.
    if (Get-Command npm -ErrorAction SilentlyContinue) {
        if (-not [System.IO.File]::Exists((Join-Path $PSScriptRoot 'tests/tools/node_modules/vnu-jar/build/dist/vnu.jar'))) {
            Invoke-Native npm @('ci', '--prefix', 'tests/tools', '--no-audit', '--no-fund', '--loglevel=error')
        }
    }
    else {
        [Console]::Error.WriteLine('note: npm not found; the HTML validator tests will be skipped.')
    }
}

function Invoke-JsTests {
    # The search engine's unit tests run in Node's built-in runner; without Node they are skipped (CI fails instead).
    if (Get-Command node -ErrorAction SilentlyContinue) {
        Push-Location (Join-Path $PSScriptRoot 'tests/js')
        try { & node --test 2>&1 | ForEach-Object { [Console]::WriteLine($_); "$_" } } finally { Pop-Location }
    }
    elseif ($env:CI -eq 'true') {
        throw 'node is required under CI=true for the JS tests'
    }
    else {
        [Console]::Error.WriteLine('note: node not found; the JS tests (tests/js) are skipped.')
        '# skipped 1'
    }
}

function Write-TestSummary {
    param([string[]] $Lines)
    $passed = 0; $failed = 0; $skipped = 0
    foreach ($line in $Lines) {
        if ($line -match '^\s*(Passed|Failed)!\s+-\s+Failed:\s+(\d+),\s+Passed:\s+(\d+),\s+Skipped:\s+(\d+)') {
            $failed += [int]$Matches[2]; $passed += [int]$Matches[3]; $skipped += [int]$Matches[4]
        }
        elseif ($line -match '^# pass (\d+)') { $passed += [int]$Matches[1] }
        elseif ($line -match '^# fail (\d+)') { $failed += [int]$Matches[1] }
        elseif ($line -match '^# skipped (\d+)') { $skipped += [int]$Matches[1] }
    }
    [Console]::WriteLine("$passed passed, $failed failed, $skipped skipped")
}

switch ($Task) {
    'site' {
        Invoke-SiteGen (@('build') + $Rest)
    }
    'test' {
        Install-TestTools
        $lines = & dotnet test SiteGen.sln -c $configuration @Rest 2>&1 | ForEach-Object { [Console]::WriteLine($_); "$_" }
        $code = $LASTEXITCODE
        $lines += Invoke-JsTests
        if ($LASTEXITCODE -ne 0 -and $code -eq 0) { $code = $LASTEXITCODE }
        Write-TestSummary -Lines $lines
        exit $code
    }
    'check' {
        $scratch = Join-Path ([System.IO.Path]::GetTempPath()) ([System.IO.Path]::GetRandomFileName())
        try {
            Invoke-SiteGen (@('build', '--warnaserror', '--output', (Join-Path $scratch '_site')) + $Rest)
        }
        finally {
            if ([System.IO.Directory]::Exists($scratch)) { [System.IO.Directory]::Delete($scratch, $true) }
        }
    }
    'pack' {
        Invoke-Native dotnet (@('pack', 'src/SiteGen.Cli', '-c', 'Release') + $Rest)
    }
    'bench' {
        Invoke-Native dotnet (@('run', '--project', 'bench/SiteGen.Benchmarks', '-c', 'Release', '--') + $Rest)
    }
    'clean' {
        foreach ($folder in @('_site', 'artifacts')) {
            if ([System.IO.Directory]::Exists((Join-Path $PSScriptRoot $folder))) { [System.IO.Directory]::Delete((Join-Path $PSScriptRoot $folder), $true) }
        }
        Invoke-Native dotnet @('clean', 'SiteGen.sln', '--verbosity', 'quiet')
    }
}
