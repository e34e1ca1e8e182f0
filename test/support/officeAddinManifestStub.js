// office-addin-mock only needs the OfficeApp enum from office-addin-manifest, whose ESM deps break under Jest 30.
module.exports = {
  OfficeApp: {
    Excel: 'excel',
    OneNote: 'onenote',
    Outlook: 'outlook',
    PowerPoint: 'powerpoint',
    Project: 'project',
    Word: 'word',
  },
};
