import { Language } from '@lr/server-core';
import { letterContent, type LetterFacts } from './visa-letter-content';

const facts = (overrides: Partial<LetterFacts> = {}): LetterFacts => ({
  template: {
    issuerName: 'MIDIS',
    issuerAddress: 'Av. Paseo de la República 3101\n  San Isidro, Lima 27 \n\nPerú',
    signatoryName: 'Rosa Quispe Huamán',
    signatoryTitle: { en: 'Host focal point', es: 'Punto focal' },
    body: {
      en: 'We invite {name} ({nationality}), born {dateOfBirth},\npassport {passportNumber}.\n\nIn {city} from {startDate} to {endDate}, {purpose}.',
      es: 'Invitamos a {name} ({nationality}), nacido/a el {dateOfBirth}.\n\nEn {city} del {startDate} al {endDate}: {purpose}.',
    },
  },
  requestedLanguage: Language.ES,
  traveller: { givenName: 'Byron', familyName: 'Pérez Xicará', passportNumber: 'GT1234567', dateOfBirth: '1980-04-02', nationality: { en: 'Guatemala' }, role: 'PARTICIPANT' },
  route: { title: { en: 'Peru route', es: 'Ruta Perú' }, startDate: '2014-06-09', endDate: '2014-06-16' },
  city: 'Lima',
  hostCountryName: { en: 'Peru', es: 'Perú' },
  issuedOn: '2014-05-05',
  ...overrides,
});

describe("a visa letter's content", () => {
  it("is written in the traveller's language, dates spelt out, placeholders filled, paragraphs kept and lines joined", () => {
    const letter = letterContent(facts());
    expect(letter.language).toBe(Language.ES);
    expect(letter.paragraphs).toEqual([
      'Invitamos a Byron Pérez Xicará (Guatemala), nacido/a el 2 de abril de 1980.',
      'En Lima del 9 de junio de 2014 al 16 de junio de 2014: participar, como miembro de una delegación invitada, en un programa de visitas de campo, talleres e intercambios con profesionales locales.',
    ]);
    expect(letter).toMatchObject({
      placeAndDate: 'Lima, 5 de mayo de 2014',
      subject: 'Asunto: carta de invitación — Ruta Perú',
      issuerAddressLines: ['Av. Paseo de la República 3101', 'San Isidro, Lima 27', 'Perú'],
      signatoryTitle: 'Punto focal',
    });
  });

  it('falls back to English, all of it, when the template has no version in their language; the route team comes for another purpose', () => {
    const letter = letterContent(facts({ requestedLanguage: Language.FR, traveller: { ...facts().traveller, role: 'TEAM' }, city: null }));
    expect(letter.language).toBe(Language.EN);
    expect(letter.paragraphs).toEqual([
      'We invite Byron Pérez Xicará (Guatemala), born 2 April 1980, passport GT1234567.',
      'In Peru from 9 June 2014 to 16 June 2014, to organise and facilitate, as a member of the route team, a programme of field visits, workshops and exchanges with local practitioners.',
    ]);
    expect([letter.placeAndDate, letter.salutation, letter.signatoryTitle]).toEqual(['5 May 2014', 'Dear Sir or Madam,', 'Host focal point']);
  });
});
