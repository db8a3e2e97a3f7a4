package gen

func (w *workload) folders() []any {
	return []any{obj{
		{"resourceFolder", crm + "folders/" + w.Project.Folder},
		{"resourceFolderDisplayName", w.Project.FolderName},
	}}
}

// resourceV1 is the resource of a v1 list result (gcloud, REST v1): project
// fields named projectName / parentName.
func (w *workload) resourceV1() obj {
	return obj{
		{"name", w.resourceName()},
		{"displayName", w.displayName()},
		{"type", w.resourceType()},
		{"projectName", crm + "projects/" + w.Project.Number},
		{"projectDisplayName", w.Project.ID},
		{"parentName", crm + "projects/" + w.Project.Number},
		{"parentDisplayName", w.Project.ID},
		{"folders", w.folders()},
		{"cloudProvider", "GOOGLE_CLOUD_PLATFORM"},
		{"service", w.service()},
		{"location", w.Location},
	}
}

// resourceV1Notification is the resource of a v1 Pub/Sub notification:
// project fields named project / parent.
func (w *workload) resourceV1Notification() obj {
	return obj{
		{"name", w.resourceName()},
		{"project", crm + "projects/" + w.Project.Number},
		{"projectDisplayName", w.Project.ID},
		{"parent", crm + "projects/" + w.Project.Number},
		{"parentDisplayName", w.Project.ID},
		{"type", w.resourceType()},
		{"folders", w.folders()},
		{"displayName", w.displayName()},
	}
}

// resourceV2 is the v2 resource: project fields under gcpMetadata.
func (w *workload) resourceV2() obj {
	return obj{
		{"name", w.resourceName()},
		{"displayName", w.displayName()},
		{"type", w.resourceType()},
		{"cloudProvider", "GOOGLE_CLOUD_PLATFORM"},
		{"service", w.service()},
		{"location", w.Location},
		{"gcpMetadata", obj{
			{"project", crm + "projects/" + w.Project.Number},
			{"projectDisplayName", w.Project.ID},
			{"parent", crm + "projects/" + w.Project.Number},
			{"parentDisplayName", w.Project.ID},
			{"folders", w.folders()},
			{"organization", crm + "organizations/" + orgID},
		}},
		{"resourcePath", obj{{"nodes", []any{
			obj{{"nodeType", "GCP_ORGANIZATION"}, {"id", "organizations/" + orgID}, {"displayName", "acme.example"}},
			obj{{"nodeType", "GCP_FOLDER"}, {"id", "folders/" + w.Project.Folder}, {"displayName", w.Project.FolderName}},
			obj{{"nodeType", "GCP_PROJECT"}, {"id", "projects/" + w.Project.Number}, {"displayName", w.Project.ID}},
		}}}},
	}
}
