import { Gender } from '@lr/server-core-domain';

/** [given name, family name, gender, language] — invented; none describes a real person. */
export type NameSeed = readonly [string, string, Gender, string];

const F = Gender.FEMALE;
const M = Gender.MALE;

/**
 * Six invented people per country that may send a national team (000 §23): the first three
 * travel on one route, the next three on the other. The first of each three works in government.
 */
export const NATIONAL_NAMES: Readonly<Record<string, readonly NameSeed[]>> = {
  BJ: [['Adjoa', 'Houngbédji', F, 'fr'], ['Romaric', 'Dossou', M, 'fr'], ['Esther', 'Agossou', F, 'fr'], ['Félicien', 'Akpovi', M, 'fr'], ['Mariam', 'Sanni', F, 'fr'], ['Gildas', 'Zinsou', M, 'fr']],
  BI: [['Aline', 'Ndayishimiye', F, 'fr'], ['Pacifique', 'Niyonzima', M, 'fr'], ['Claudine', 'Irakoze', F, 'fr'], ['Déo', 'Nkurunziza', M, 'fr'], ['Josiane', 'Hakizimana', F, 'fr'], ['Éric', 'Bizimana', M, 'fr']],
  GH: [['Abena', 'Mensah', F, 'en'], ['Kwame', 'Asante', M, 'en'], ['Efua', 'Boateng', F, 'en'], ['Yaw', 'Darko', M, 'en'], ['Akosua', 'Frimpong', F, 'en'], ['Kofi', 'Annor', M, 'en']],
  GT: [['María José', 'Cux Tzul', F, 'es'], ['Byron', 'Pérez Xicará', M, 'es'], ['Ingrid', 'Say Chávez', F, 'es'], ['Edgar', 'Coyoy López', M, 'es'], ['Rosa Elena', 'Tiu Ixcot', F, 'es'], ['Mynor', 'Gómez Ajanel', M, 'es']],
  LA: [['Khamla', 'Phommachanh', F, 'en'], ['Somsak', 'Vongsa', M, 'en'], ['Noy', 'Sisavath', F, 'en'], ['Bounmy', 'Keomany', M, 'en'], ['Vanh', 'Inthavong', F, 'en'], ['Phet', 'Chanthala', M, 'en']],
  MG: [['Lalao', 'Rasoanaivo', F, 'fr'], ['Hery', 'Andrianjaka', M, 'fr'], ['Fara', 'Razafindrabe', F, 'fr'], ['Tiana', 'Rakotomalala', M, 'fr'], ['Nirina', 'Randriamampionona', F, 'fr'], ['Haja', 'Ravelomanana', M, 'fr']],
  NE: [['Aïchatou', 'Moussa', F, 'fr'], ['Issoufou', 'Garba', M, 'fr'], ['Rakia', 'Hamani', F, 'fr'], ['Souleymane', 'Abdou', M, 'fr'], ['Zeinabou', 'Idrissa', F, 'fr'], ['Moctar', 'Mahamadou', M, 'fr']],
  SL: [['Fatmata', 'Kamara', F, 'en'], ['Mohamed', 'Sesay', M, 'en'], ['Isatu', 'Bangura', F, 'en'], ['Alhaji', 'Conteh', M, 'en'], ['Mariama', 'Koroma', F, 'en'], ['Sorie', 'Turay', M, 'en']],
  LK: [['Nadeesha', 'Perera', F, 'en'], ['Ruwan', 'Fernando', M, 'en'], ['Dilani', 'Jayasinghe', F, 'en'], ['Chaminda', 'Silva', M, 'en'], ['Ishara', 'Wickramasinghe', F, 'en'], ['Kasun', 'Bandara', M, 'en']],
  TZ: [['Neema', 'Mwakyusa', F, 'en'], ['Baraka', 'Kimaro', M, 'en'], ['Rehema', 'Said', F, 'en'], ['Juma', 'Mollel', M, 'en'], ['Zawadi', 'Lyimo', F, 'en'], ['Hamisi', 'Mbwana', M, 'en']],
};

/** Visiting alliances of the civil-society route (001: at least 7), with three members each. Invented. */
export const ALLIANCES: readonly { name: string; acronym: string; country: string; members: readonly NameSeed[] }[] = [
  { name: 'Tanzania Civil Society Alliance for Nutrition (demo)', acronym: 'TCSAN', country: 'TZ', members: [['Upendo', 'Massawe', F, 'en'], ['Daudi', 'Shirima', M, 'en'], ['Faraja', 'Nyirenda', F, 'en']] },
  { name: 'Kenya Nutrition Voices (demo)', acronym: 'KNV', country: 'KE', members: [['Wanjiru', 'Kamau', F, 'en'], ['Otieno', 'Ouma', M, 'en'], ['Achieng', 'Odhiambo', F, 'en']] },
  { name: 'Uganda Civil Society Nutrition Coalition (demo)', acronym: 'UCSNC', country: 'UG', members: [['Nakato', 'Namubiru', F, 'en'], ['Okello', 'Opio', M, 'en'], ['Apio', 'Akello', F, 'en']] },
  { name: 'Malawi Nutrition Accountability Network (demo)', acronym: 'MNAN', country: 'MW', members: [['Chikondi', 'Banda', F, 'en'], ['Kondwani', 'Phiri', M, 'en'], ['Thoko', 'Mwale', F, 'en']] },
  { name: 'Nigeria Civil Society for Nutrition (demo)', acronym: 'NCSN', country: 'NG', members: [['Ngozi', 'Okafor', F, 'en'], ['Emeka', 'Nwosu', M, 'en'], ['Aisha', 'Bello', F, 'en']] },
  { name: 'Ghana Alliance for Better Nutrition (demo)', acronym: 'GABN', country: 'GH', members: [['Adwoa', 'Owusu-Ansah', F, 'en'], ['Kojo', 'Appiah', M, 'en'], ['Esi', 'Quaye', F, 'en']] },
  { name: 'Zimbabwe Civil Society Nutrition Platform (demo)', acronym: 'ZCSNP', country: 'ZW', members: [['Rudo', 'Moyo', F, 'en'], ['Tendai', 'Ncube', M, 'en'], ['Nyasha', 'Dube', F, 'en']] },
];

/** Route team members not already in the core's demo people: translators (000 §30). Invented. */
export const TRANSLATORS: Readonly<Record<string, NameSeed>> = {
  PE: ['Valeria', 'Rojas Salinas', F, 'es'],
  SN: ['Mamadou', 'Sow', M, 'fr'],
};

export const emailOf = (given: string, family: string) =>
  `${given}.${family}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z.]+/g, '-') + '@example.org';
