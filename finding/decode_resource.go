package finding

import "github.com/pytriage/pytriage/finding/internal/jsonscan"

// resource reads a Resource from the v1 list shape (projectName,
// parentName), the v1 notification shape (project, parent), the v2 shape
// (gcpMetadata{project, ...}) and their snake_case forms (console tab,
// BigQuery). The first non-empty value of a field wins, so a v2 record
// that also carries flat v1 names reads the same either way.
func (dc *decoder) resource(v int, r *Resource) {
	d := dc.d
	for k, end := dc.object(v, "resource"); k < end; k = dc.next(k) {
		val := k + 1
		switch string(d.Key(k)) {
		case "name":
			r.Name = dc.istr(val, "resource.name")
		case "displayName", "display_name":
			r.DisplayName = dc.istr(val, "resource.displayName")
		case "type":
			r.Type = dc.istr(val, "resource.type")
		case "projectName", "project_name", "project":
			setOnce(&r.Project, dc.istr(val, "resource.project"))
		case "projectDisplayName", "project_display_name":
			setOnce(&r.ProjectDisplayName, dc.istr(val, "resource.projectDisplayName"))
		case "parentName", "parent_name", "parent":
			setOnce(&r.Parent, dc.istr(val, "resource.parent"))
		case "parentDisplayName", "parent_display_name":
			setOnce(&r.ParentDisplayName, dc.istr(val, "resource.parentDisplayName"))
		case "folders":
			dc.folders(val, r)
		case "cloudProvider", "cloud_provider":
			r.CloudProvider = dc.enum(val, "resource.cloudProvider", nil)
		case "service":
			r.Service = dc.istr(val, "resource.service")
		case "location":
			r.Location = dc.istr(val, "resource.location")
		case "gcpMetadata", "gcp_metadata":
			dc.resource(val, r)
		}
	}
}

func setOnce(dst *string, s string) {
	if *dst == "" {
		*dst = s
	}
}

// folders reads [{resourceFolder, resourceFolderDisplayName}] (v1 and v2
// folder messages) as folder names.
func (dc *decoder) folders(v int, r *Resource) {
	d := dc.d
	if len(r.Folders) > 0 {
		return
	}
	for e, end := dc.array(v, "resource.folders"); e < end; e = d.Nodes[e].Skip {
		if d.Kind(e) == jsonscan.String {
			r.Folders = append(r.Folders, dc.str(e, "resource.folders"))
			continue
		}
		if f := d.Lookup(e, "resourceFolder", "resource_folder"); f >= 0 {
			r.Folders = append(r.Folders, dc.str(f, "resource.folders.resourceFolder"))
		}
	}
}
