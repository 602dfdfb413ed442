/** DICOMweb (PS3.18) as the app asks it: QIDO-RS searches so far; WADO-RS and STOW-RS follow (issue 16). */
package eu.eucaim.workstation.api.dicomweb;
