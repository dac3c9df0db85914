; Inno Setup script: a per-user installer for the Windows bundle.
; Build the bundle first (python packaging\build.py), then compile this file with Inno Setup 6:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\district-reader.iss
; The installer lands in dist\ as district-reader-setup.exe. Nothing is fetched while it runs.

#define AppVersion "0.1.0"

[Setup]
AppId={{6F6B7A52-3A0E-4C2B-9A53-2D0A5D7C9E41}
AppName=区报阅读 District Reader
AppVersion={#AppVersion}
AppPublisher=District Reader
DefaultDirName={autopf}\District Reader
DefaultGroupName=区报阅读 District Reader
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=district-reader-setup
SetupIconFile=..\icons\district-reader.ico
UninstallDisplayIcon={app}\district-reader.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\district-reader\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\区报阅读 District Reader"; Filename: "{app}\district-reader.exe"
Name: "{autodesktop}\区报阅读"; Filename: "{app}\district-reader.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\district-reader.exe"; Description: "{cm:LaunchProgram,区报阅读}"; Flags: nowait postinstall skipifsilent
