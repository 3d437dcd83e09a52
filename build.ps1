#!/usr/bin/env pwsh
# SiteGen tasks for PowerShell. build.sh offers the same tasks for bash; keep the two in step
# (a test parses this file with the PowerShell parser and compares the task lists).
#
#   ./build.ps1 site [sitegen build options]   build the guide into _site/
#   ./build.ps1 test                           run every test suite and print "N passed, N failed"
#   ./build.ps1 check                          build the guide with warnings as errors into a scratch folder
#   ./build.ps1 pack                           pack the sitegen dotnet tool into artifacts/packages
#   ./build.ps1 bench [guide|corpus|search|rebuild|anchors|lighthouse]   benchmarks (docs/performance.md); anchors runs
#                                              Hugo + Pagefind side by side with SiteGen at 100, 1,000 and 10,000 pages;
#                                              search runs SiteGen's search beside Pagefind on the guide in Chromium
#                                              (--every N: every Nth query); search --pages N: index bytes on a corpus;
#                                              lighthouse scores mobile performance of one page of each kind
#   ./build.ps1 examples [sitegen test options] prepare Flask 3.1 and Django 5.2, then run the guide's examples
#   ./build.ps1 clean                          remove build outputs
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateSet('site', 'test', 'check', 'examples', 'pack', 'bench', 'clean')]
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
    # The HTML validator (vnu.jar) and Lighthouse come from npm; without npm those tests report as skipped.
    if (Get-Command npm -ErrorAction SilentlyContinue) {
        if (-not [System.IO.File]::Exists((Join-Path $PSScriptRoot 'tests/tools/node_modules/vnu-jar/build/dist/vnu.jar')) -or
            -not [System.IO.File]::Exists((Join-Path $PSScriptRoot 'tests/tools/node_modules/lighthouse/package.json'))) {
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

function Get-CacheRoot {
    # The same folder as sitegen's CacheLocation.Root(), which guide.yml's {cache} placeholder names.
    if ($env:SITEGEN_CACHE_DIR) { return $env:SITEGEN_CACHE_DIR }
    if ($env:XDG_CACHE_HOME) { return [System.IO.Path]::Combine($env:XDG_CACHE_HOME, 'sitegen') }
    if ($IsWindows) { return [System.IO.Path]::Combine([Environment]::GetFolderPath('LocalApplicationData'), 'sitegen') }
    return [System.IO.Path]::Combine([Environment]::GetFolderPath('UserProfile'), '.cache', 'sitegen')
}

function Save-DebianPackages {
    # Downloads pure-Python packages from Debian unstable with a private apt state in a temp folder (the system's
    # apt configuration is not changed) and unpacks them into $Target, where later runs reuse them. $What names
    # them in messages, $PipRequirements is what pip installs instead. docs/examples-testing.md explains the choice.
    param([string] $Target, [string] $What, [string] $PipRequirements, [string[]] $Packages)
    if (-not (Get-Command apt-get -ErrorAction SilentlyContinue) -or -not (Get-Command dpkg-deb -ErrorAction SilentlyContinue)) {
        throw "$What is not prepared and apt-get is not available to fetch it. Install it into the cache with: python3 -m pip install --target '$Target/usr/lib/python3/dist-packages' $PipRequirements"
    }
    $mirror = 'http://deb.debian.org/debian'
    $sources = '/etc/apt/sources.list.d/debian.sources'
    if ([System.IO.File]::Exists($sources)) {
        $uri = [System.IO.File]::ReadAllLines($sources) | Where-Object { $_ -match '^URIs:\s*(\S+)' -and $_ -notmatch 'security' } | Select-Object -First 1
        if ($uri -match '^URIs:\s*(\S+)') { $mirror = $Matches[1] }
    }
    $work = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), [System.IO.Path]::GetRandomFileName())
    foreach ($folder in @('lists/partial', 'archives/partial', 'cache')) { [void][System.IO.Directory]::CreateDirectory([System.IO.Path]::Combine($work, $folder)) }
    [System.IO.File]::WriteAllText([System.IO.Path]::Combine($work, 'sources.list'), "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror sid main`n")
    $user = & id -un
    $apt = @('-qq', '-o', "Dir::Etc::SourceList=$work/sources.list", '-o', 'Dir::Etc::SourceParts=/dev/null',
        '-o', "Dir::State::Lists=$work/lists", '-o', "Dir::Cache=$work/cache", '-o', "Dir::Cache::Archives=$work/archives",
        '-o', "APT::Sandbox::User=$user")
    [Console]::Error.WriteLine("== Fetching $What from Debian unstable into $Target")
    Push-Location $work
    try {
        & apt-get @apt update
        if ($LASTEXITCODE -eq 0) { & apt-get @apt download @Packages }
        if ($LASTEXITCODE -ne 0) { throw "could not download $What from Debian unstable ($mirror); check the network and run ./build.ps1 examples again" }
        $partial = "$Target.partial"
        if ([System.IO.Directory]::Exists($partial)) { [System.IO.Directory]::Delete($partial, $true) }
        [void][System.IO.Directory]::CreateDirectory($partial)
        foreach ($deb in [System.IO.Directory]::GetFiles($work, '*.deb')) { Invoke-Native dpkg-deb @('-x', $deb, $partial) }
        [System.IO.File]::WriteAllText([System.IO.Path]::Combine($partial, 'packages.txt'), (($Packages -join "`n") + "`n"))
        if ([System.IO.Directory]::Exists($Target)) { [System.IO.Directory]::Delete($Target, $true) }
        [System.IO.Directory]::Move($partial, $Target)
    }
    finally {
        Pop-Location
        [System.IO.Directory]::Delete($work, $true)
    }
}

function Initialize-Django {
    # Django 5.2 is not in Debian bookworm (3.2); unstable's python3-django is pure Python.
    param([string] $Target)
    if ([System.IO.File]::Exists([System.IO.Path]::Combine($Target, 'usr', 'lib', 'python3', 'dist-packages', 'django', '__init__.py'))) { return }
    Save-DebianPackages -Target $Target -What 'Django 5.2' -PipRequirements "'Django>=5.2,<5.3'" -Packages @('python3-django', 'python3-asgiref', 'python3-sqlparse')
}

# The extensions the chapters use, all pure Python (Architecture: all) in Debian unstable. SQLAlchemy's
# greenlet (compiled for unstable's Python) is left out: only its asyncio layer needs it.
$extensionPackages = @('python3-flask-login', 'python3-flaskext.wtf', 'python3-wtforms', 'python3-flask-sqlalchemy',
    'python3-sqlalchemy', 'python3-typing-extensions', 'python3-flask-caching', 'python3-cachelib', 'python3-redis',
    'python3-djangorestframework')

function Initialize-Extensions {
    # Reused while the folder holds exactly the packages listed above.
    param([string] $Target)
    $list = [System.IO.Path]::Combine($Target, 'packages.txt')
    if ([System.IO.File]::Exists($list) -and [System.IO.File]::ReadAllText($list) -eq (($extensionPackages -join "`n") + "`n")) { return }
    Save-DebianPackages -Target $Target -What 'the Flask and Django extensions' `
        -PipRequirements 'Flask-Login Flask-WTF Flask-SQLAlchemy Flask-Caching redis djangorestframework' -Packages $extensionPackages
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
    'examples' {
        # Runs the guide's examples on the framework versions it is about. Examples are untrusted code
        # (docs/examples-testing.md): only this task and `sitegen test` run them.
        if (-not (Get-Command python3 -ErrorAction SilentlyContinue)) {
            throw "python3 is not installed; install Python 3.11 or later, then Flask 3.1: python3 -m pip install 'Flask>=3.1,<3.2'"
        }
        $django = [System.IO.Path]::Combine((Get-CacheRoot), 'python', 'django-5.2')
        Initialize-Django -Target $django
        $extensions = [System.IO.Path]::Combine((Get-CacheRoot), 'python', 'extensions')
        Initialize-Extensions -Target $extensions
        $env:PYTHONPATH = [System.IO.Path]::Combine($django, 'usr', 'lib', 'python3', 'dist-packages') + [System.IO.Path]::PathSeparator +
            [System.IO.Path]::Combine($extensions, 'usr', 'lib', 'python3', 'dist-packages')
        $probe = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'sitegen-versions.py')
        [System.IO.File]::WriteAllText($probe, @'
import sys
from importlib.metadata import PackageNotFoundError, version
try:
    flask = version("flask")
except PackageNotFoundError:
    sys.exit("error: Flask is not installed for python3; install Flask 3.1 (python3 -m pip install 'Flask>=3.1,<3.2')")
try:
    import django
except ImportError:
    sys.exit("error: Django 5.2 does not import from the cache; delete the folder named on PYTHONPATH and run the examples task again")
if not flask.startswith("3.1.") or django.VERSION[:2] != (5, 2):
    sys.exit(f"error: the examples are written for Flask 3.1 and Django 5.2, found Flask {flask} and Django {django.get_version()}")
try:
    extensions = " · ".join(f"{name} {version(name)}" for name in (
        "Flask-Login", "Flask-WTF", "WTForms", "Flask-SQLAlchemy", "SQLAlchemy", "Flask-Caching",
        "redis", "djangorestframework"))
except PackageNotFoundError as missing:
    sys.exit(f"error: the extension {missing} is not in the cache; delete the folder named on PYTHONPATH and run the examples task again")
print(f"Python {sys.version.split()[0]} · Flask {flask} · Werkzeug {version('werkzeug')} · Django {django.get_version()} · {extensions}")
'@)
        try { Invoke-Native python3 @($probe) } finally { [System.IO.File]::Delete($probe) }
        Invoke-SiteGen (@('test', '--warnaserror') + $Rest)
    }
    'pack' {
        Invoke-Native dotnet (@('pack', 'src/SiteGen.Cli', '-c', 'Release') + $Rest)
    }
    'bench' {
        if ($Rest.Count -gt 0 -and $Rest[0] -eq 'lighthouse') {
            # Lighthouse's mobile performance score of one page of each kind of the built guide (docs/performance.md).
            Install-TestTools
            $scratch = Join-Path ([System.IO.Path]::GetTempPath()) ([System.IO.Path]::GetRandomFileName())
            try {
                Invoke-SiteGen @('build', '--output', (Join-Path $scratch '_site'))
                if (-not $env:CHROME_PATH) { $env:CHROME_PATH = '/usr/bin/chromium' }
                Invoke-Native node @('tests/tools/lighthouse-pages.mjs', 'performance', '--site', (Join-Path $scratch '_site'))
            }
            finally {
                if ([System.IO.Directory]::Exists($scratch)) { [System.IO.Directory]::Delete($scratch, $true) }
            }
        }
        else {
            Invoke-Native dotnet (@('run', '--project', 'bench/SiteGen.Benchmarks', '-c', 'Release', '--') + $Rest)
        }
    }
    'clean' {
        foreach ($folder in @('_site', '._site.sitegen-spare', 'artifacts')) {
            if ([System.IO.Directory]::Exists((Join-Path $PSScriptRoot $folder))) { [System.IO.Directory]::Delete((Join-Path $PSScriptRoot $folder), $true) }
        }
        Invoke-Native dotnet @('clean', 'SiteGen.sln', '--verbosity', 'quiet')
    }
}
