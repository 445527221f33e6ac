; Course Studio installer for Windows (Inno Setup 6.3 or newer).
;
; Not run by hand: `python packaging/build.py windows` builds the app folder with
; PyInstaller and then calls
;   iscc /DAppName=... /DAppVersion=... /DSourceDir=... packaging\windows\course-studio.iss
; with every value taken from packaging/app.toml and pyproject.toml.
;
; It installs for the current user by default (no administrator rights needed, into
; %LOCALAPPDATA%\Programs\Course Studio); the first page lets an administrator choose
; "for all users" instead (Program Files). Upgrades replace the previous version in
; place; uninstalling leaves the instructor's data alone.

#ifndef AppVersion
  #error Build the installer with packaging/build.py windows; it passes the app's description.
#endif

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppPublisherURL={#AppURL}
AppSupportURL={#AppURL}
AppCopyright={#AppCopyright}
AppComments={#AppDescription}
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductVersion={#AppVersionNumeric}
VersionInfoDescription={#AppName} Setup
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed={#ArchitecturesAllowed}
ArchitecturesInstallIn64BitMode={#ArchitecturesAllowed}
; Qt 6 needs Windows 10 1809 or newer
MinVersion=10.0.17763
OutputDir={#OutputDir}
OutputBaseFilename={#OutputBaseName}
SetupIconFile={#SetupIcon}
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; an upgrade must not keep libraries the new version no longer ships
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; the PyInstaller folder: CourseStudio.exe (windowed), course-studio.exe (command
; line, for scripts) and _internal\ with Python, Qt and the app
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "{#AppDescription}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "{#AppDescription}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent
