@echo off
rem EUCAIM Workstation launcher for Windows. No arguments: the desktop app. Otherwise the command line
rem (bin\eucaim --help). Builds first when app\target is missing or older than any source or pom.
setlocal

rem The repo root is the parent of the folder holding this script.
for %%I in ("%~dp0..") do set "ROOT=%%~fI"
set "JAR=%ROOT%\app\target\eucaim-app.jar"
set "LIB=%ROOT%\app\target\lib"

set "STALE=0"
if not exist "%JAR%" set "STALE=1"
if not exist "%LIB%\" set "STALE=1"
if "%STALE%"=="0" (
  rem Same rule as bin/eucaim: any file under */src, */*/src or any pom.xml newer than the jar.
  powershell -NoProfile -ExecutionPolicy Bypass -Command ^
    "$root = $env:ROOT; $jar = (Get-Item -LiteralPath $env:JAR).LastWriteTimeUtc;" ^
    "$dirs = @(Get-ChildItem -Path $root -Directory | ForEach-Object { Join-Path $_.FullName 'src'; Get-ChildItem -Path $_.FullName -Directory | ForEach-Object { Join-Path $_.FullName 'src' } }) | Where-Object { Test-Path -LiteralPath $_ };" ^
    "$poms = @(Join-Path $root 'pom.xml') + @(Get-ChildItem -Path $root -Directory | ForEach-Object { Join-Path $_.FullName 'pom.xml'; Get-ChildItem -Path $_.FullName -Directory | ForEach-Object { Join-Path $_.FullName 'pom.xml' } }) | Where-Object { Test-Path -LiteralPath $_ };" ^
    "$files = @($poms | Get-Item) + @($dirs | ForEach-Object { Get-ChildItem -LiteralPath $_ -Recurse -File });" ^
    "if ($files | Where-Object { $_.LastWriteTimeUtc -gt $jar } | Select-Object -First 1) { exit 1 } else { exit 0 }"
  if errorlevel 1 set "STALE=1"
)

if "%STALE%"=="1" (
  >&2 echo Building EUCAIM Workstation...
  pushd "%ROOT%"
  call mvn -q -B -DskipTests package
  if errorlevel 1 (
    popd
    exit /b 1
  )
  popd
)

set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"

rem EUCAIM_JAVA_OPTS holds several JVM options, so it is not quoted.
"%JAVA%" %EUCAIM_JAVA_OPTS% -cp "%JAR%;%LIB%\*" eu.eucaim.workstation.app.Main %*
exit /b %ERRORLEVEL%
