// The one manifest template: the repository's manifest.xml is this for https://localhost:3000,
// dist/excel/manifest.xml is this for the --base-url of the build.
import { ICON_SIZES } from './icons.mjs';

export const ADDIN_ID = '6f2f1a3e-8a52-4f0c-9d43-2b7c1e5a9d61';
export const ADDIN_VERSION = '1.0.0.0';

/** Every file of dist/excel the manifest points at, relative to the base URL. */
export const MANIFEST_FILES = {
  taskpane: 'taskpane.html',
  functionsScript: 'functions.js',
  functionsMetadata: 'functions.json',
  help: 'help.html',
  icon: (size) => `assets/icon-${size}.png`,
};

/**
 * The requirement sets the add-in uses, declared so that Office offers it only where they exist
 * (https://learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements):
 * ExcelApi 1.13 for Table.resize (growing the Call Log table when Excel's AutoCorrect does not),
 * CustomFunctionsRuntime 1.2 for CustomFunctions.Error with a message. Every client that has
 * SharedRuntime 1.1 (Microsoft 365 on Windows and Mac, Excel on the web) has both.
 * test/excel/requirement-sets.test.ts keeps these in step with what the code calls.
 */
export const REQUIRED_SETS = { ExcelApi: '1.13', CustomFunctionsRuntime: '1.2' };

function escapeXml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const SHORT = {
  'Functions.Namespace': 'AR',
  'GetStarted.Title': 'AR CallDesk is ready',
  'Group.Label': 'AR CallDesk',
  'OpenDesk.Label': 'Call desk',
  'LogCall.Label': 'Log call',
};

const LONG = {
  'GetStarted.Description': 'Open the call desk from the Home tab, or type =AR.CALLPLAN( next to your aging sheet.',
  'OpenDesk.Tooltip': 'Open the call desk: who to call next, what to say at this stage, and the answer to the excuse you hear.',
  'LogCall.Tooltip': 'Log the call you just made with the selected customer: outcome, promise, call-back.',
};

/** @param {string} baseUrl without a trailing slash, e.g. https://localhost:3000 */
export function manifestXml(baseUrl) {
  const url = (path) => escapeXml(`${baseUrl}/${path}`);
  const icons = (indent) =>
    ICON_SIZES.map((s) => `${indent}<bt:Image size="${s}" resid="Icon.${s}"/>`).join('\n');
  const origin = new URL(baseUrl).origin;
  return `<?xml version="1.0" encoding="UTF-8"?>
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0" xmlns:ov="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="TaskPaneApp">
  <Id>${ADDIN_ID}</Id>
  <Version>${ADDIN_VERSION}</Version>
  <ProviderName>AR CallDesk</ProviderName>
  <DefaultLocale>en-US</DefaultLocale>
  <DisplayName DefaultValue="AR CallDesk"/>
  <Description DefaultValue="Turns an accounts-receivable aging sheet into a day of well-aimed collection calls: risk, priority, next call time and escalation stage per debtor, and a call desk to log calls."/>
  <IconUrl DefaultValue="${url(MANIFEST_FILES.icon(32))}"/>
  <HighResolutionIconUrl DefaultValue="${url(MANIFEST_FILES.icon(80))}"/>
  <SupportUrl DefaultValue="${url(MANIFEST_FILES.help)}"/>
  <AppDomains>
    <AppDomain>${escapeXml(origin)}</AppDomain>
  </AppDomains>
  <Hosts>
    <Host Name="Workbook"/>
  </Hosts>
  <Requirements>
    <Sets DefaultMinVersion="1.1">
      <Set Name="SharedRuntime" MinVersion="1.1"/>
      <Set Name="ExcelApi" MinVersion="${REQUIRED_SETS.ExcelApi}"/>
      <Set Name="CustomFunctionsRuntime" MinVersion="${REQUIRED_SETS.CustomFunctionsRuntime}"/>
    </Sets>
  </Requirements>
  <DefaultSettings>
    <SourceLocation DefaultValue="${url(MANIFEST_FILES.taskpane)}"/>
  </DefaultSettings>
  <Permissions>ReadWriteDocument</Permissions>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">
    <Hosts>
      <Host xsi:type="Workbook">
        <Runtimes>
          <Runtime resid="Taskpane.Url" lifetime="long"/>
        </Runtimes>
        <AllFormFactors>
          <ExtensionPoint xsi:type="CustomFunctions">
            <Script>
              <SourceLocation resid="Functions.Script.Url"/>
            </Script>
            <Page>
              <SourceLocation resid="Taskpane.Url"/>
            </Page>
            <Metadata>
              <SourceLocation resid="Functions.Metadata.Url"/>
            </Metadata>
            <Namespace resid="Functions.Namespace"/>
          </ExtensionPoint>
        </AllFormFactors>
        <DesktopFormFactor>
          <GetStarted>
            <Title resid="GetStarted.Title"/>
            <Description resid="GetStarted.Description"/>
            <LearnMoreUrl resid="Help.Url"/>
          </GetStarted>
          <FunctionFile resid="Taskpane.Url"/>
          <ExtensionPoint xsi:type="PrimaryCommandSurface">
            <OfficeTab id="TabHome">
              <Group id="ARCallDesk.Group">
                <Label resid="Group.Label"/>
                <Icon>
${icons('                  ')}
                </Icon>
                <Control xsi:type="Button" id="ARCallDesk.OpenDesk">
                  <Label resid="OpenDesk.Label"/>
                  <Supertip>
                    <Title resid="OpenDesk.Label"/>
                    <Description resid="OpenDesk.Tooltip"/>
                  </Supertip>
                  <Icon>
${icons('                    ')}
                  </Icon>
                  <Action xsi:type="ShowTaskpane">
                    <TaskpaneId>ARCallDesk.Pane</TaskpaneId>
                    <SourceLocation resid="Taskpane.Url"/>
                  </Action>
                </Control>
                <Control xsi:type="Button" id="ARCallDesk.LogCall">
                  <Label resid="LogCall.Label"/>
                  <Supertip>
                    <Title resid="LogCall.Label"/>
                    <Description resid="LogCall.Tooltip"/>
                  </Supertip>
                  <Icon>
${icons('                    ')}
                  </Icon>
                  <Action xsi:type="ExecuteFunction">
                    <FunctionName>showLogForm</FunctionName>
                  </Action>
                </Control>
              </Group>
            </OfficeTab>
          </ExtensionPoint>
        </DesktopFormFactor>
      </Host>
    </Hosts>
    <Resources>
      <bt:Images>
${ICON_SIZES.map((s) => `        <bt:Image id="Icon.${s}" DefaultValue="${url(MANIFEST_FILES.icon(s))}"/>`).join('\n')}
      </bt:Images>
      <bt:Urls>
        <bt:Url id="Taskpane.Url" DefaultValue="${url(MANIFEST_FILES.taskpane)}"/>
        <bt:Url id="Functions.Script.Url" DefaultValue="${url(MANIFEST_FILES.functionsScript)}"/>
        <bt:Url id="Functions.Metadata.Url" DefaultValue="${url(MANIFEST_FILES.functionsMetadata)}"/>
        <bt:Url id="Help.Url" DefaultValue="${url(MANIFEST_FILES.help)}"/>
      </bt:Urls>
      <bt:ShortStrings>
${Object.entries(SHORT).map(([id, text]) => `        <bt:String id="${id}" DefaultValue="${escapeXml(text)}"/>`).join('\n')}
      </bt:ShortStrings>
      <bt:LongStrings>
${Object.entries(LONG).map(([id, text]) => `        <bt:String id="${id}" DefaultValue="${escapeXml(text)}"/>`).join('\n')}
      </bt:LongStrings>
    </Resources>
  </VersionOverrides>
</OfficeApp>
`;
}
