export { DossierAssignment } from './dossier-assignment';
