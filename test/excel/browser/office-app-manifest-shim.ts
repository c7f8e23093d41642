// office-addin-mock imports office-addin-manifest (a Node package) only for this enum; the page
// bundle gets the enum alone.
export enum OfficeApp {
  Excel = 'excel',
  OneNote = 'onenote',
  Outlook = 'outlook',
  PowerPoint = 'powerpoint',
  Project = 'project',
  Word = 'word',
}
